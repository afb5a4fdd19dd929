/**
 * The main process's side of `dates:readDue` and `dates:readTitle`: the words the popover sent, read
 * at the popover's "now" in its zone. Pure: nothing is stored or sent anywhere.
 */
import type { DueReading, TitleReading } from '../../shared/due-date/due-reading';
import { extractDueFromTitle } from './extract-due-from-title';
import { parseDueDate } from './parse-due-date';

export interface WordsToRead {
  text: string;
  /** ISO date-time: the popover's clock when the words were typed. */
  now: string;
  timeZone: string;
}

export function readDueWords({ text, now, timeZone }: WordsToRead): DueReading {
  return parseDueDate(text, { now: new Date(now), timeZone });
}

export function readTitleWords({ text, now, timeZone }: WordsToRead): TitleReading {
  return extractDueFromTitle(text, { now: new Date(now), timeZone });
}
