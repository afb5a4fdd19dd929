import { describe, expect, it } from 'vitest';
import { foldWords } from '../../../../electron/core/suggestions/fold-words';

/** The folding for every script, which the ASCII way must match. */
const unicodeFold = (text: string) =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('foldWords', () => {
  it('folds plain ASCII words exactly as the Unicode folding does', () => {
    const every = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
    const samples = [
      every,
      '  Send the DECK, please!  ',
      'Call Ana @ 5pm -- re: Q3/Q4 budget (v2)',
      '\tTab\nand new line\r\n',
      '',
      '...',
    ];
    for (const text of samples) expect(foldWords(text)).toBe(unicodeFold(text));
  });

  it('folds other scripts, accents and full-width letters by Unicode', () => {
    expect(foldWords('Grüße an Zoë — morgen')).toBe('grüße an zoë morgen');
    expect(foldWords('ＳＥＮＤ the deck')).toBe('send the deck');
    expect(foldWords('Отправить ОТЧЁТ!')).toBe('отправить отчёт');
  });
});
