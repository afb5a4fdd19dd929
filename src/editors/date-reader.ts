/**
 * Reading typed words as due dates. The main process reads them (the date parser lives there, so the
 * popover stays small and opens its editors without loading one); this asks it, over the bridge,
 * with the popover's own clock and zone. It never throws: a question that cannot be asked is an
 * answer in words, like any other refusal.
 */
import type { OmiApi } from '../../electron/shared/omi-api';
import {
  DUE_WORDS_MAX,
  TITLE_WORDS_MAX,
  type DueReading,
  type TitleReading,
} from '../../electron/shared/due-date/due-reading';
import { defineContext } from '../common/context';

export interface DateReader {
  /** The "Due date" textbox's words as one due date, or why not. */
  readDue(text: string, now: Date, timeZone: string): Promise<DueReading>;
  /** The date phrase a new item's text offers apart from its description; null when none (or unreadable). */
  readTitle(text: string, now: Date, timeZone: string): Promise<TitleReading>;
}

const notRead = (message: string): DueReading => ({ ok: false, reason: 'not_read', message });

export function dateReaderOver(api: Pick<OmiApi, 'invoke'>): DateReader {
  return {
    async readDue(text, now, timeZone) {
      if (text.length > DUE_WORDS_MAX)
        return notRead(`That is too long to be a date (${DUE_WORDS_MAX} characters at most).`);
      const answer = await api.invoke('dates:readDue', { text, now: now.toISOString(), timeZone }).catch(() => null);
      if (!answer) return notRead('The date could not be read just now; close the popover and open it again.');
      return answer.ok ? answer.value : notRead(answer.error.message);
    },
    async readTitle(text, now, timeZone) {
      // No offer is the safe answer: the text is then added exactly as typed.
      if (text.length > TITLE_WORDS_MAX) return null;
      const answer = await api.invoke('dates:readTitle', { text, now: now.toISOString(), timeZone }).catch(() => null);
      return answer?.ok ? answer.value : null;
    },
  };
}

/** The date reader handed down to the views; a view rendered on its own gets `dateReaderContext.with(reader)`. */
export const dateReaderContext = defineContext<DateReader>('date reader');

export function provideDateReader(reader: DateReader): void {
  dateReaderContext.set(reader);
}

export function useDateReader(): DateReader {
  const reader = dateReaderContext.get();
  if (!reader) throw new Error('No date reader was provided: render the view inside App, or provide one.');
  return reader;
}
