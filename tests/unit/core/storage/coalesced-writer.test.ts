/**
 * CoalescedWriter: saves asked for while one is waiting join it, and flush() writes again only when
 * the last write failed, so a quit after a failed save still puts the value on disk.
 */
import { describe, expect, it } from 'vitest';
import { CoalescedWriter } from '../../../../electron/core/storage/coalesced-writer';

/** A file that records each value written; the writes listed in `failing` (1 = the first) fail. */
function recordingFile(failing: number[] = []) {
  const written: string[] = [];
  let writes = 0;
  return {
    written,
    write(value: string): Promise<void> {
      writes += 1;
      if (failing.includes(writes)) return Promise.reject(new Error('disk full'));
      written.push(value);
      return Promise.resolve();
    },
  };
}

describe('CoalescedWriter', () => {
  it('writes a burst of saves as the value is when the waiting write starts', async () => {
    let value = 'a';
    const file = recordingFile();
    const writer = new CoalescedWriter(file, () => value);
    const first = writer.save();
    value = 'b';
    const second = writer.save();
    value = 'c';
    const third = writer.save();
    await Promise.all([first, second, third]);
    expect(file.written).toEqual(['c']);
  });

  it('flushes nothing when the last write landed', async () => {
    const file = recordingFile();
    const writer = new CoalescedWriter(file, () => 'a');
    await writer.save();
    await writer.flush();
    expect(file.written).toEqual(['a']);
  });

  it('flushes the value again when the last write failed, even after an earlier one landed', async () => {
    let value = 'a';
    const file = recordingFile([2]);
    const writer = new CoalescedWriter(file, () => value);
    const landed = writer.save();
    // The first write has started (saves asked for from now on wait for the next one).
    await Promise.resolve();
    expect(file.written).toEqual(['a']);
    value = 'b';
    const failed = writer.save();
    await landed;
    await expect(failed).rejects.toThrow('disk full');
    await writer.flush();
    expect(file.written).toEqual(['a', 'b']);
    await writer.flush();
    expect(file.written).toEqual(['a', 'b']);
  });
});
