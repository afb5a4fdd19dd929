/**
 * Whether pasted text has the shape of an Omi developer key, so setup can connect on paste without
 * waiting for Connect. Only the shape: the server still decides whether the key is good.
 */
const KEY_SHAPE = /^omi_dev_[\x21-\x7e]{8,}$/;

/** The key inside pasted text (trimmed, a copied "Bearer " dropped), or null when it is not one. */
export function pastedKey(text: string): string | null {
  const key = text.trim().replace(/^bearer\s+/i, '');
  return KEY_SHAPE.test(key) ? key : null;
}
