/**
 * The one place an HTTP answer other than 2xx, or a failed request, becomes an AppError with words:
 * one plain sentence of at most 90 characters (docs/words.md), no status codes or scope names.
 * Server text is passed on only as `detail`, with the key removed.
 */
import type { AppError } from '../../shared/app-error';
import { validationWords } from './validation-words';

/** A key that may only read, said the same wherever it shows (a refused change, the editor, the account). */
export const READ_ONLY_MESSAGE = 'This key can only read; to mark items done or change them, use a key that may.';

/** What the request was, so the words fit it. */
export type Operation = 'list' | 'update' | 'create' | 'remove' | 'key' | 'conversation';

export interface RequestContext {
  operation: Operation;
  /** A PATCH whose every field is null (clearing the due date alone). */
  nullOnlyPatch?: boolean;
}

export interface ErrorAnswer {
  status: number;
  /** Parsed JSON body, or undefined when it was not JSON. */
  body: unknown;
  headers: Headers;
}

/** Deployed servers that ignore null fields answer a null-only PATCH with this string detail. */
const NOTHING_TO_CHANGE = /at least one field must be provided/i;

export function errorFromAnswer(answer: ErrorAnswer, context: RequestContext, secret: string | null): AppError {
  const detail = detailText(answer.body, secret);
  const withDetail = (error: AppError): AppError => (detail === undefined ? error : { ...error, detail });
  const { status } = answer;
  // Omi's own refusals always carry a JSON `detail`. A 401-404 without one is some proxy, captive
  // portal or gateway in between (an HTML error page): it says nothing about the key or the item,
  // so it is passing server trouble, never a reason to drop an edit or forget an item.
  if (status >= 401 && status <= 404 && detailOf(answer.body) === undefined) {
    return {
      kind: 'server',
      message: 'Something between Omi Tray and Omi answered instead of Omi; Omi Tray will try again.',
      detail: `HTTP ${status} without Omi's answer`,
    };
  }
  switch (status) {
    case 401:
      return withDetail({
        kind: 'unauthorized',
        message: 'Omi refused the Omi developer key, which may have been revoked; connect a new one.',
      });
    case 402:
      return withDetail({ kind: 'locked', message: "Omi locks this item; changing it needs Omi's paid plan." });
    case 403:
      return withDetail(forbidden(context.operation));
    case 404:
      return withDetail(notFound(context.operation));
    case 422:
      return unprocessable(answer.body, context, secret);
    case 429: {
      const retryAfterSeconds = retryAfter(answer.headers);
      const error: AppError = {
        kind: 'rate_limited',
        message: `Omi is limiting requests from this key; ${waitWords(retryAfterSeconds)}`,
      };
      return withDetail(retryAfterSeconds === undefined ? error : { ...error, retryAfterSeconds });
    }
    default:
      if (status >= 500)
        return withDetail({ kind: 'server', message: "Omi's server had a problem; try again in a moment." });
      if (status >= 300 && status < 400) {
        return {
          kind: 'server',
          message: 'The server address sends Omi Tray elsewhere; check it in Settings, under Advanced.',
        };
      }
      return withDetail({ kind: 'server', message: 'Omi answered in a way Omi Tray does not understand.' });
  }
}

export function offlineError(reason: 'network' | 'timeout' | 'no-connection', timeoutMs: number): AppError {
  if (reason === 'no-connection') {
    return { kind: 'offline', message: "Omi can't be reached; check your internet connection.", neverSent: true };
  }
  if (reason === 'timeout') {
    const seconds = Math.max(1, Math.round(timeoutMs / 1000));
    return {
      kind: 'offline',
      message: `Omi did not answer within ${seconds} second${seconds === 1 ? '' : 's'}; check your connection.`,
    };
  }
  return { kind: 'offline', message: "Omi can't be reached; check your internet connection." };
}

export function unreadableAnswer(where: string): AppError {
  return { kind: 'server', message: 'The server sent an answer Omi Tray could not read.', detail: where };
}

export function noKeyError(): AppError {
  return { kind: 'unauthorized', message: 'No Omi developer key is connected for this server; connect one first.' };
}

function forbidden(operation: Operation): AppError {
  if (operation === 'list' || operation === 'key') {
    return { kind: 'forbidden', message: 'This key may not read your items; make one in the Omi app that may.' };
  }
  return { kind: 'forbidden', message: READ_ONLY_MESSAGE };
}

function notFound(operation: Operation): AppError {
  if (operation === 'update' || operation === 'remove') {
    return { kind: 'not_found', message: 'Omi no longer has this item; it may have been deleted elsewhere.' };
  }
  return { kind: 'not_found', message: 'Omi is not at the server address; check it in Settings, under Advanced.' };
}

function unprocessable(body: unknown, context: RequestContext, secret: string | null): AppError {
  const rawDetail = detailOf(body);
  if (context.nullOnlyPatch === true && typeof rawDetail === 'string' && NOTHING_TO_CHANGE.test(rawDetail)) {
    return {
      kind: 'cannot_clear_due_date',
      message: "This Omi server can't clear due dates; set another date, or clear it in the Omi app.",
      detail: rawDetail,
    };
  }
  const words = validationWords(rawDetail);
  const safe = words === null ? null : withoutSecret(words, secret);
  const refused = isRead(context.operation)
    ? "Omi did not accept Omi Tray's request to read your items."
    : 'Omi did not accept the change.';
  // The server's own words stay behind Details (and in the log), never in the sentence.
  return safe === null
    ? { kind: 'validation', message: refused }
    : { kind: 'validation', message: refused, detail: sentence(safe) };
}

/** A read changes nothing, so its refusal is no refused change. */
function isRead(operation: Operation): boolean {
  return operation === 'list' || operation === 'key' || operation === 'conversation';
}

function detailOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null && 'detail' in body
    ? (body as { detail: unknown }).detail
    : undefined;
}

function detailText(body: unknown, secret: string | null): string | undefined {
  const detail = detailOf(body);
  const text = typeof detail === 'string' ? detail : validationWords(detail);
  if (text === null || text === undefined || text.trim() === '') return undefined;
  return withoutSecret(text.trim().slice(0, 500), secret);
}

/** Seconds from `Retry-After`: a number, or an HTTP date measured against the answer's own `Date`. */
function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const until = Date.parse(value);
  const sent = Date.parse(headers.get('date') ?? '');
  if (Number.isNaN(until) || Number.isNaN(sent)) return undefined;
  return Math.max(0, Math.ceil((until - sent) / 1000));
}

function waitWords(seconds: number | undefined): string {
  if (seconds === undefined) return 'try again in a little while.';
  if (seconds < 90) return `try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `try again in ${minutes} minutes.`;
  const hours = Math.ceil(minutes / 60);
  return `try again in ${hours} hours.`;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Server text may echo what it was sent; the key never reaches a message. */
function withoutSecret(text: string, secret: string | null): string {
  return secret && secret.length > 0 ? text.split(secret).join('[key]') : text;
}
