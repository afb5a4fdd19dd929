import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolderHolding } from '../../e2e/temp-folder';

const TEMP = join(sep, 'tmp');

describe('the temp folder a test removes after its apps close', () => {
  it('is the data folder itself when the harness made it right under the temp folder', () => {
    expect(tempFolderHolding(join(TEMP, 'omi-tray-e2e-abc'), TEMP)).toBe(join(TEMP, 'omi-tray-e2e-abc'));
  });

  it('is the folder right under the temp folder when the data folder lies deeper', () => {
    const deep = join(TEMP, 'omi-tray-fit-abc', 'home', 'alexandra.example', '.config', 'Omi Tray');
    expect(tempFolderHolding(deep, TEMP)).toBe(join(TEMP, 'omi-tray-fit-abc'));
  });

  it('is none for the temp folder itself, a folder outside it, or one whose name only starts the same', () => {
    expect(tempFolderHolding(TEMP, TEMP)).toBeNull();
    expect(tempFolderHolding(join(sep, 'home', 'ana', '.config', 'Omi Tray'), TEMP)).toBeNull();
    expect(tempFolderHolding(join(sep, 'tmp-other', 'omi-tray-e2e-abc'), TEMP)).toBeNull();
    expect(tempFolderHolding(join(TEMP, '..', 'etc'), TEMP)).toBeNull();
  });
});
