/**
 * The link between harness and app once the other side is gone: no question waits for an answer
 * that cannot come (an app left without its harness once kept every failed question, and grew by
 * gigabytes), and SIGTERM/SIGINT quit the app as Electron does on Linux and macOS.
 */
import { describe, expect, it, vi } from 'vitest';
import { Link } from '../../electron-double/link';
import { quitOnSignals } from '../../electron-double/main/quit-signals';

describe('the harness link', () => {
  it('fails open questions when closed, and every later one at once, keeping none', async () => {
    const sent: unknown[] = [];
    const link = new Link({ send: (message) => sent.push(message), onMessage: () => undefined });
    const open = link.ask('window:load', 1, 'app://omi-tray/index.html');
    link.close('The test harness that started this process is gone');
    await expect(open).rejects.toThrow('is gone');
    for (let n = 0; n < 1000; n += 1)
      await expect(link.ask('window:send', 1, 'snapshot:changed', [])).rejects.toThrow('asked "window:send"');
    expect(sent).toHaveLength(1);
    expect(link.closed).toBe(true);
    expect((link as unknown as { waiting: Map<number, unknown> }).waiting.size).toBe(0);
  });
});

describe('quit signals', () => {
  it('the first SIGTERM or SIGINT quits the orderly way; a second one ends the process at once', () => {
    const before = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') };
    const app = { quit: vi.fn() };
    const exit = vi.fn();
    try {
      quitOnSignals(app, exit);
      const added = (signal: 'SIGTERM' | 'SIGINT') =>
        process.listeners(signal).filter((listener) => !before[signal].includes(listener));
      added('SIGTERM').forEach((listener) => (listener as () => void)());
      expect(app.quit).toHaveBeenCalledTimes(1);
      expect(exit).not.toHaveBeenCalled();
      added('SIGINT').forEach((listener) => (listener as () => void)());
      expect(app.quit).toHaveBeenCalledTimes(1);
      expect(exit).toHaveBeenCalledWith(130);
    } finally {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        for (const listener of process.listeners(signal))
          if (!before[signal].includes(listener)) process.off(signal, listener);
      }
    }
  });
});
