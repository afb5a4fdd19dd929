/**
 * The one logger: levels, one line per entry, written through an injected sink. Every line passes
 * the redactor, so callers never have to remember which values are secret.
 */
import type { Logger } from '../ports';
import { Redactor } from './redactor';

type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LoggerOptions {
  /** Where finished lines go: a file, the console, a test array. */
  sink: (line: string) => void;
  /** Entries below this level are dropped. Default: info. */
  level?: LogLevel;
  /** Shared with whoever learns secrets (the key in use); default: patterns only. */
  redactor?: Redactor;
  /** Time source for the line's stamp. */
  now?: () => number;
}

export function createLogger(options: LoggerOptions): Logger {
  const minimum = RANK[options.level ?? 'info'];
  const redactor = options.redactor ?? new Redactor();
  const now = options.now ?? Date.now;
  const write = (level: LogLevel, message: string, context?: Record<string, unknown>): void => {
    if (RANK[level] < minimum) return;
    const stamp = new Date(now()).toISOString();
    const tail = context === undefined ? '' : ` ${describeContext(context)}`;
    try {
      options.sink(redactor.redact(`${stamp} ${level.toUpperCase()} ${message}${tail}`));
    } catch {
      // A log that cannot be written must never take the app down.
    }
  };
  return {
    debug: (message, context) => write('debug', message, context),
    info: (message, context) => write('info', message, context),
    warn: (message, context) => write('warn', message, context),
    error: (message, context) => write('error', message, context),
  };
}

/**
 * Wraps a logger someone else built (the platform's) so that secrets registered here are hidden
 * before the line reaches it.
 */
export function redactingLogger(inner: Logger, redactor: Redactor): Logger {
  const clean = (message: string, context?: Record<string, unknown>): [string, Record<string, unknown> | undefined] => [
    redactor.redact(message),
    context === undefined ? undefined : { context: redactor.redact(describeContext(context)) },
  ];
  return {
    debug: (message, context) => inner.debug(...clean(message, context)),
    info: (message, context) => inner.info(...clean(message, context)),
    warn: (message, context) => inner.warn(...clean(message, context)),
    error: (message, context) => inner.error(...clean(message, context)),
  };
}

function describeContext(context: Record<string, unknown>): string {
  try {
    return JSON.stringify(context, (_key, value: unknown) =>
      value instanceof Error ? `${value.name}: ${value.message}` : value,
    );
  } catch {
    return '[context could not be written]';
  }
}
