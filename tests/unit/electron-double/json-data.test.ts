/** What the double carries of a webContents.send: JSON data, which its text gives back unchanged. */
import { describe, expect, it } from 'vitest';
import { isJsonData } from '../../electron-double/json-data';

describe('a push the double carries', () => {
  it('is JSON data when its text reads back the same', () => {
    const push = [{ seq: 1, items: [{ id: 'a', dueAt: null, done: false, tags: ['x'] }], none: Object.create(null) }];
    expect(isJsonData(push)).toBe(true);
    expect(JSON.parse(JSON.stringify(push))).toEqual(push);
  });

  it.each([
    ['a date', new Date(0)],
    ['an undefined field', { dueAt: undefined }],
    ['a map', new Map()],
    ['NaN', Number.NaN],
    ['-0', -0],
    ['a function', () => 1],
    ['a big integer', 1n],
  ])('is not JSON data with %s inside', (_name, value) => {
    expect(isJsonData([{ value }])).toBe(false);
  });
});
