/** Refresh as the user asks for it: the list, and what waits, unless Omi asked to wait. */
import { describe, expect, it } from 'vitest';
import { manualRefresh } from '../../../../electron/core/refresh/manual-refresh';
import { recordingLogger } from '../../../doubles/recording-logger';
import { fail, ok, type Result } from '../../../../electron/shared/app-error';
import { FakeClock } from '../support/fake-clock';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

function build(options: { listed: Result<null>; blockedForMs: number | null; waiting: number }) {
  const clock = new FakeClock();
  const calls: string[] = [];
  const refresh = () =>
    manualRefresh({
      sync: { refresh: (reason) => Promise.resolve(void calls.push(`list (${reason})`)).then(() => options.listed) },
      sender: {
        retryAfterUntil: () => (options.blockedForMs === null ? null : clock.now() + options.blockedForMs),
        retryNow: (trigger) => Promise.resolve(void calls.push(`send (${trigger})`)),
      },
      waitingChanges: () => options.waiting,
      clock,
      timeZone: () => 'Europe/Berlin',
      clockStyle: () => DAY_FIRST_24_HOUR,
      logger: recordingLogger().logger,
    });
  return { refresh, calls };
}

describe('manual refresh', () => {
  it('fetches the list and asks what waits to go, whether or not the list came back', async () => {
    const offline = fail({ kind: 'offline', message: 'Omi cannot be reached.' });
    const { refresh, calls } = build({ listed: offline, blockedForMs: null, waiting: 2 });
    expect(await refresh()).toEqual(offline);
    expect(calls).toEqual(['list (manual)', 'send (user)']);
  });

  it('while Omi asked to wait and changes wait: says until when, in words, and sends nothing', async () => {
    const { refresh, calls } = build({ listed: ok(null), blockedForMs: 90_500, waiting: 1 });
    const result = await refresh();
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'rate_limited',
        message: 'The list is up to date; your changes go at 10:01, as Omi asked.',
        retryAfterSeconds: 91,
      },
    });
    expect(calls).toEqual(['list (manual)']);
  });

  it('a wait with nothing waiting is no reason to say anything', async () => {
    const { refresh } = build({ listed: ok(null), blockedForMs: 90_000, waiting: 0 });
    expect(await refresh()).toEqual(ok(null));
  });
});
