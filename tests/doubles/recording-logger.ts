/**
 * The one Logger double of the tests: it keeps each line, so a test can read what the person or a
 * bug report would see in the log (`lines`, or just the messages at one level with `messages`).
 * A test that does not look at the log passes `recordingLogger().logger` and ignores the lines.
 * (Tests of the real logger's formatting and redaction use createLogger with a sink instead.)
 */
import type { Logger } from '../../electron/core/ports';

export interface LoggedLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  context: Record<string, unknown> | undefined;
}

interface RecordingLogger {
  logger: Logger;
  lines: LoggedLine[];
  /** The messages logged at `level`, in order. */
  messages(level: LoggedLine['level']): string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: LoggedLine[] = [];
  const at =
    (level: LoggedLine['level']) =>
    (message: string, context?: Record<string, unknown>): void => {
      lines.push({ level, message, context });
    };
  return {
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    lines,
    messages: (level) => lines.filter((line) => line.level === level).map((line) => line.message),
  };
}
