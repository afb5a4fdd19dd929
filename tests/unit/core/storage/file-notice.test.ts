/** A damaged data file is named to the person by what it held, in one short sentence, never by file. */
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../../../electron/core/storage/data-files';
import { fileNotice } from '../../../../electron/core/storage/file-notice';

const FILES = [...Object.values(DATA_FILES), 'something-new.json'];

describe('the notice for a data file that could not be read', () => {
  it.each(FILES.flatMap((file) => [true, false].map((heldUnsent) => ({ file, heldUnsent }))))(
    '$file (held unsent: $heldUnsent) is one sentence of at most 90 characters, with no file name',
    (corrupt) => {
      const words = fileNotice(corrupt);
      expect(words.length).toBeLessThanOrEqual(90);
      expect(words).not.toMatch(/\.json|\/|\\|E[A-Z]{3,}/);
      expect(words.slice(0, -1)).not.toMatch(/[.!?]\s/);
    },
  );

  it.each(Object.values(DATA_FILES))('names what %s held', (file) => {
    expect(fileNotice({ file, heldUnsent: false })).not.toMatch(/^Some saved data/);
  });

  it('says unsent changes were kept aside when the outbox was damaged', () => {
    expect(fileNotice({ file: 'outbox.json', heldUnsent: true })).toBe(
      'The changes waiting to sync could not be read and were not sent; they were kept aside.',
    );
    expect(fileNotice({ file: 'items.json', heldUnsent: false })).toBe(
      'The saved list could not be read, so Omi Tray started it afresh.',
    );
  });
});
