/**
 * Item descriptions squeezed into one short line for tray menus and notification titles.
 * Item descriptions in a sentence, too: a refusal names the item by its first words.
 * Cuts on grapheme boundaries so an emoji or an accented letter is never split in half.
 */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function shortText(text: string, maxGraphemes: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  // Cheap exit: a string with no more UTF-16 units than the limit cannot have more graphemes.
  if (oneLine.length <= maxGraphemes) return oneLine;
  const parts: string[] = [];
  for (const { segment } of graphemes.segment(oneLine)) {
    if (parts.length === maxGraphemes) {
      // Keep room for the ellipsis and do not end on a space.
      return `${parts
        .slice(0, maxGraphemes - 1)
        .join('')
        .trimEnd()}…`;
    }
    parts.push(segment);
  }
  return oneLine;
}

/** The first words of `text` that fit in `maxGraphemes`, cut between words (a single long word is cut inside). */
export function firstWords(text: string, maxGraphemes: number): string {
  const short = shortText(text, maxGraphemes);
  if (!short.endsWith('…') || short === text.trim()) return short;
  const body = short.slice(0, -1);
  const space = body.lastIndexOf(' ');
  return `${(space > 0 ? body.slice(0, space) : body).trimEnd()}…`;
}
