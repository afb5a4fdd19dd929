/**
 * The words of a to-do as compared: case, spaces and punctuation folded away, so "Send the deck."
 * and "send  the deck" are the same to-do. Letters and digits of every script stay.
 *
 * Most to-dos are plain ASCII, for which the same folding is a plain lower-casing and one ASCII
 * pattern: several times quicker than Unicode normalisation and the Unicode classes, and a read of
 * 1,000 to-dos folds each once.
 */
const ASCII = /^[\x00-\x7f]*$/;

export function foldWords(text: string): string {
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
