/** A tick from the tray menu: marked done, said in a notification with Undo, and offered to the popover for a while. */
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../electron/shared/app-error';
import { TRAY_TICK_UNDO_MS, TrayTicks } from '../../../../electron/core/tray/tray-ticks';
import { RecordingNotifier } from '../../../harness/recording-platform';
import { FakeClock } from '../support/fake-clock';
import { recordingLogger } from '../../../doubles/recording-logger';

function setup(answer: Result<null> = { ok: true, value: null }) {
  const clock = new FakeClock();
  const notifier = new RecordingNotifier();
  const sent: string[] = [];
  const opened: string[] = [];
  let changes = 0;
  const ticks = new TrayTicks({
    clock,
    logger: recordingLogger().logger,
    notifier,
    setDone: async (id, completed) => {
      sent.push(`${id} ${completed}`);
      return answer;
    },
    describe: (id) => (id === 'a1' ? 'Send the contract to Ana' : null),
    openItem: (id) => opened.push(id),
    changed: () => (changes += 1),
  });
  return { clock, notifier, sent, opened, ticks, changes: () => changes };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('TrayTicks', () => {
  it('marks the item done and says so in a notification that offers Undo', async () => {
    const { ticks, notifier, sent } = setup();
    await ticks.tick('a1');
    expect(sent).toEqual(['a1 true']);
    expect(notifier.shown.map((shown) => shown.request)).toEqual([
      { title: 'Marked done', body: 'Send the contract to Ana', itemId: 'a1', actions: true, undo: true },
    ]);
  });

  it('Undo on the notification marks the item not done again and takes the offer back', async () => {
    const { ticks, notifier, sent } = setup();
    await ticks.tick('a1');
    notifier.shown[0]!.act('undo');
    await flush();
    expect(sent).toEqual(['a1 true', 'a1 false']);
    expect(ticks.recent()).toBeNull();
  });

  it('a click on the notification opens the item in the popover', async () => {
    const { ticks, notifier, opened } = setup();
    await ticks.tick('a1');
    notifier.shown[0]!.click();
    expect(opened).toEqual(['a1']);
  });

  it('offers the tick to the popover for the undo window, then no longer', async () => {
    const { ticks, clock, changes } = setup();
    await ticks.tick('a1');
    expect(ticks.recent()).toEqual({ id: 'a1', description: 'Send the contract to Ana' });
    expect(changes()).toBe(1);
    clock.advance(TRAY_TICK_UNDO_MS - 1);
    expect(ticks.recent()).not.toBeNull();
    clock.advance(1);
    expect(ticks.recent()).toBeNull();
    expect(changes()).toBe(2);
  });

  it('offers nothing and shows nothing when the tick was refused', async () => {
    const { ticks, notifier } = setup({ ok: false, error: { kind: 'forbidden', message: 'This key can only read.' } });
    await ticks.tick('a1');
    expect(ticks.recent()).toBeNull();
    expect(notifier.shown).toEqual([]);
  });
});
