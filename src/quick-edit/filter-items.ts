/**
 * Filtering by what the user types in "Quick edit": every word must appear somewhere in the
 * description, ignoring case and accents ("cafe" finds "Café", "ANA" finds "Ana", "ana cafe" finds
 * "Café with Ana"). Runs on every keystroke over up to a few thousand items, so each description is
 * normalised once and remembered.
 */

/** Letters that carry no separate accent mark, so NFD alone does not reduce them. */
const FOLDED: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };
const FOLDABLE = /[ßæœøłđıþ]/gu;
const MARKS = /\p{M}+/gu;

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => FOLDED[letter] ?? letter);
}

const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, string>();

function normalizedDescription(text: string): string {
  let normalized = remembered.get(text);
  if (normalized === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    normalized = normalizeForSearch(text);
    remembered.set(text, normalized);
  }
  return normalized;
}

export function queryWords(query: string): string[] {
  return normalizeForSearch(query)
    .split(/\s+/u)
    .filter((word) => word !== '');
}

/** The items whose text (as `textOf` reads it) holds every word of the query, in their original order. */
export function filterBy<T>(items: readonly T[], query: string, textOf: (item: T) => string): T[] {
  const words = queryWords(query);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const text = normalizedDescription(textOf(item));
    return words.every((word) => text.includes(word));
  });
}
