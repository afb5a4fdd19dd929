/**
 * The popover's date reader, answered the way the main process answers `dates:readDue` and
 * `dates:readTitle` (the same reading functions), with a switch to hold answers back like a busy
 * main process, or to lose the bridge.
 */
import { ok } from '../../../electron/shared/app-error';
import { readDueWords, readTitleWords, type WordsToRead } from '../../../electron/core/due-date/read-words';
import type { InvokeChannel } from '../../../electron/shared/ipc-contract';
import type { OmiApi } from '../../../electron/shared/omi-api';
import { dateReaderOver, type DateReader } from '../../../src/editors/date-reader';

export interface MainDateReader {
  reader: DateReader;
  /** Every question asked, in order. */
  asked: { channel: string; text: string }[];
  /** Answers wait until `release` (all, in the order given, or the newest first with `newestFirst`). */
  hold(): void;
  release(order?: 'asked' | 'newestFirst'): void;
  /** The bridge fails every question from now on. */
  breakBridge(): void;
}

export function mainDateReader(): MainDateReader {
  const asked: { channel: string; text: string }[] = [];
  let holding = false;
  let broken = false;
  let held: (() => void)[] = [];
  const invoke = (channel: InvokeChannel, args?: unknown): Promise<unknown> => {
    const words = args as WordsToRead;
    asked.push({ channel, text: words.text });
    if (broken) return Promise.reject(new Error('The bridge is gone'));
    const answer = () => ok(channel === 'dates:readDue' ? readDueWords(words) : readTitleWords(words));
    if (!holding) return Promise.resolve(answer());
    return new Promise((resolve) => held.push(() => resolve(answer())));
  };
  return {
    reader: dateReaderOver({ invoke: invoke as OmiApi['invoke'] }),
    asked,
    hold: () => (holding = true),
    release(order = 'asked') {
      holding = false;
      const waiting = order === 'asked' ? held : held.reverse();
      held = [];
      for (const answer of waiting) answer();
    },
    breakBridge: () => (broken = true),
  };
}
