/**
 * The letters of a description that Quick edit's words matched, so the list can show them: the
 * same matching as the filter (case and accents ignored), marked on the description as written.
 */
import { normalizeForSearch, queryWords } from './filter-items';

interface MatchPart {
  text: string;
  matched: boolean;
}

export function matchParts(text: string, query: string): MatchPart[] {
  const characters = [...text];
  // Each character folded on its own, with the character each folded letter came from.
  let folded = '';
  const origin: number[] = [];
  characters.forEach((character, index) => {
    const letters = normalizeForSearch(character);
    folded += letters;
    for (let unit = 0; unit < letters.length; unit += 1) origin.push(index);
  });
  const matched = characters.map(() => false);
  for (const word of queryWords(query)) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      for (let unit = at; unit < at + word.length; unit += 1) matched[origin[unit] ?? 0] = true;
    }
  }
  const parts: MatchPart[] = [];
  characters.forEach((character, index) => {
    const last = parts.at(-1);
    if (last && last.matched === matched[index]) last.text += character;
    else parts.push({ text: character, matched: matched[index] ?? false });
  });
  return parts;
}
