import { describe, expect, it } from 'vitest';
import { foldWords } from '../../../../electron/core/suggestions/fold-words';
import { FoldedWords } from '../../../../electron/core/suggestions/folded-words';

describe('words folded with a memory', () => {
  it('folds as foldWords does, the first time and from memory', () => {
    const words = new FoldedWords();
    const texts = ['  Send the DECK, please!  ', 'Grüße an Zoë — morgen', '...', 'ﬁle the form'];
    for (const text of texts) expect(words.fold(text)).toBe(foldWords(text));
    words.endRound();
    for (const text of texts) expect(words.fold(text)).toBe(foldWords(text));
  });

  it('forgets a text once a whole round passed without it, so it holds about what is in use', () => {
    const words = new FoldedWords();
    words.fold('Call Ana');
    words.fold('Book the venue');
    words.endRound();
    expect(words.size).toBe(2);
    words.fold('Call Ana');
    words.endRound();
    expect(words.size).toBe(1);
    expect(words.fold('Book the venue')).toBe('book the venue');
  });
});
