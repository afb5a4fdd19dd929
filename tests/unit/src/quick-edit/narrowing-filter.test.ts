import { describe, expect, it } from 'vitest';
import { filterBy } from '../../../../src/quick-edit/filter-items';
import { NarrowingFilter } from '../../../../src/quick-edit/narrowing-filter';

const texts = [
  'Call Ana about the venue',
  'Café with Ana',
  'Invoice the client for November',
  'Cancel the gym membership',
  'Send the invoice to Zoë',
  'call the plumber',
  'Straße fegen',
  'Ärger mit dem Vermieter klären',
];
const same = (text: string) => text;

describe('NarrowingFilter', () => {
  it('answers exactly as filterBy while typing, erasing and typing other words', () => {
    const filter = new NarrowingFilter<string>(same);
    const typed = 'call ana';
    const queries: string[] = [];
    for (let end = 1; end <= typed.length; end++) queries.push(typed.slice(0, end));
    for (let end = typed.length - 1; end >= 0; end--) queries.push(typed.slice(0, end));
    queries.push(
      'inv',
      'invoice',
      'invoice zoe',
      'zoe invoice',
      'zo',
      'strasse',
      'arger',
      'CAFÉ',
      'ca',
      'c a',
      'nothing',
      '',
    );
    for (const query of queries)
      expect(filter.filter(texts, query), `query "${query}"`).toEqual(filterBy(texts, query, same));
  });

  it('starts over when the list changes', () => {
    const filter = new NarrowingFilter<string>(same);
    expect(filter.filter(texts, 'call')).toEqual(['Call Ana about the venue', 'call the plumber']);
    const changed = [...texts, 'Call the bank'];
    expect(filter.filter(changed, 'call')).toEqual(['Call Ana about the venue', 'call the plumber', 'Call the bank']);
    expect(filter.filter(changed, 'call bank')).toEqual(['Call the bank']);
  });

  it('agrees with filterBy on many random keystroke sequences', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const letters = 'acelnoiv ';
    for (let run = 0; run < 200; run++) {
      const filter = new NarrowingFilter<string>(same);
      let query = '';
      for (let key = 0; key < 12; key++) {
        query = random() < 0.3 ? query.slice(0, -1) : query + letters[Math.floor(random() * letters.length)];
        expect(filter.filter(texts, query)).toEqual(filterBy(texts, query, same));
      }
    }
  });
});
