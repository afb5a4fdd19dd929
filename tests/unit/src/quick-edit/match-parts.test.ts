/** Quick edit shows the letters its words matched, on the description as written. */
import { describe, expect, it } from 'vitest';
import { matchParts } from '../../../../src/quick-edit/match-parts';

const marked = (text: string, query: string) =>
  matchParts(text, query)
    .map((part) => (part.matched ? `[${part.text}]` : part.text))
    .join('');

describe('the matched letters of a description', () => {
  it('marks every word of the query, wherever it is, ignoring case', () => {
    expect(marked('Call Ana about the call', 'call ana')).toBe('[Call] [Ana] about the [call]');
  });

  it('marks accented and folded letters as written', () => {
    expect(marked('Café with Ana', 'cafe')).toBe('[Café] with Ana');
    expect(marked('Große Straße', 'strasse')).toBe('Große [Straße]');
  });

  it('marks nothing for an empty query and keeps the text whole', () => {
    expect(matchParts('Buy oat milk', '  ')).toEqual([{ text: 'Buy oat milk', matched: false }]);
  });
});
