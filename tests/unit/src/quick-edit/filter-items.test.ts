import { describe, expect, it } from 'vitest';
import { filterBy, normalizeForSearch } from '../../../../src/quick-edit/filter-items';

const items = [
  { id: '1', description: 'Café with Ana' },
  { id: '2', description: 'Call ANA about the budget' },
  { id: '3', description: 'Straße fegen' },
  { id: '4', description: 'Email Zoë the São Paulo notes' },
  { id: '5', description: 'Pay rent' },
];
const ids = (query: string) => filterBy(items, query, (item) => item.description).map((item) => item.id);

describe('filterBy over descriptions', () => {
  it('ignores case', () => {
    expect(ids('ana')).toEqual(['1', '2']);
    expect(ids('PAY')).toEqual(['5']);
  });

  it('ignores accents both ways', () => {
    expect(ids('cafe')).toEqual(['1']);
    expect(ids('CAFÉ')).toEqual(['1']);
    expect(ids('zoe sao')).toEqual(['4']);
    expect(ids('strasse')).toEqual(['3']);
  });

  it('matches text typed with combining accents against precomposed text', () => {
    expect(ids('cafe\u0301')).toEqual(['1']);
  });

  it('needs every word, in any order, anywhere in the text', () => {
    expect(ids('ana cafe')).toEqual(['1']);
    expect(ids('budget call')).toEqual(['2']);
    expect(ids('ana rent')).toEqual([]);
  });

  it('keeps the original order and returns everything for an empty or blank query', () => {
    expect(ids('')).toEqual(['1', '2', '3', '4', '5']);
    expect(ids('   ')).toEqual(['1', '2', '3', '4', '5']);
  });

  it('finds parts of words', () => {
    expect(ids('bud')).toEqual(['2']);
  });

  it('filters any item through a text reader', () => {
    expect(filterBy(['Ärger', 'Anger'], 'arg', (text) => text)).toEqual(['Ärger']);
  });
});

describe('normalizeForSearch', () => {
  it('strips accents and case and folds letters without a separate accent', () => {
    expect(normalizeForSearch('ÉÀÜ Øre Łódź')).toBe('eau ore lodz');
  });
});
