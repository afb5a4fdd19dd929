/** The popover's date reader: it asks main with the popover's clock and zone, and every failure is an answer in words. */
import { describe, expect, it } from 'vitest';
import { dateReaderOver } from '../../../../src/editors/date-reader';
import { FakeOmiApi, snapshotWith } from '../support/fake-omi-api';

const NOW = new Date('2025-12-02T10:00:00.000Z');

describe('date reader', () => {
  it("asks main with the words, the popover's now and its zone, and hands back the reading", async () => {
    const omi = new FakeOmiApi(snapshotWith([]));
    const reading = { ok: false, reason: 'not_understood', message: 'Couldn’t read “soon” as a date.' };
    omi.answers.set('dates:readDue', () => ({ ok: true, value: reading }));
    expect(await dateReaderOver(omi.api).readDue('soon', NOW, 'Europe/Berlin')).toEqual(reading);
    expect(omi.callsTo('dates:readDue')).toEqual([
      { text: 'soon', now: '2025-12-02T10:00:00.000Z', timeZone: 'Europe/Berlin' },
    ]);
  });

  it('turns a refused or failed question into words, never a throw', async () => {
    const omi = new FakeOmiApi(snapshotWith([]));
    omi.answers.set('dates:readDue', () => ({
      ok: false,
      error: { kind: 'server', message: 'Omi Tray could not do that.' },
    }));
    expect(await dateReaderOver(omi.api).readDue('fri', NOW, 'UTC')).toEqual({
      ok: false,
      reason: 'not_read',
      message: 'Omi Tray could not do that.',
    });
    omi.answers.set('dates:readTitle', () => ({ ok: false, error: { kind: 'server', message: 'no' } }));
    expect(await dateReaderOver(omi.api).readTitle('call Ana fri', NOW, 'UTC')).toBeNull();
  });

  it('never sends text too long to be read: a due date is refused in words, a new item gets no offer', async () => {
    const omi = new FakeOmiApi(snapshotWith([]));
    const reader = dateReaderOver(omi.api);
    expect(await reader.readDue('x'.repeat(201), NOW, 'UTC')).toMatchObject({
      ok: false,
      reason: 'not_read',
      message: expect.stringMatching(/too long to be a date/),
    });
    expect(await reader.readTitle(`${'x'.repeat(1200)} tomorrow`, NOW, 'UTC')).toBeNull();
    expect(omi.calls).toEqual([]);
  });
});
