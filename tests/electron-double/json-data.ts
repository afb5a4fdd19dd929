/**
 * What the double carries of a webContents.send: plain JSON data. Electron's structured clone keeps
 * a Date or an undefined as it is; JSON text would change them, so the double refuses them instead.
 */

/** Strings, finite numbers, booleans, null, arrays and plain objects all the way down: what JSON carries unchanged. */
export function isJsonData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isJsonData);
  if (typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && Object.values(value).every(isJsonData);
}
