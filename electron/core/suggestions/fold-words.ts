/**
 * The words of a to-do as compared: case, spaces and punctuation folded away, so "Send the deck."
 * and "send  the deck" are the same to-do. Letters and digits of every script stay.
 */
export function foldWords(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
