/**
 * When a soak loses an edit, what explains it: what the person meant the item to hold and what the
 * server holds, what the person did to it, and every request that touched it in the order it reached
 * the server (its body, the trouble armed for it, the status answered, and when Omi carried it out).
 * Printed only on a loss, and kept short.
 */
import type { ApiItem, RecordedRequest } from '../../tests/fake-omi/server';
import type { IntendedItem } from './intended-state';

/** At most this many requests per lost item: the last ones, where a loss happens. */
const MAX_REQUESTS = 24;

/** A simulated instant as the soak logs it: the time of day (UTC, the soak starts at 08:00). */
export function soakTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

export function explainLoss(
  item: IntendedItem,
  server: readonly ApiItem[],
  requests: readonly RecordedRequest[],
  faultOf: (serial: number) => string | undefined,
): string[] {
  const words = new Set(item.descriptions);
  const held = server.filter((stored) => words.has(stored.description));
  const ids = new Set([...item.ids, ...held.map((stored) => stored.id)]);
  for (const request of requests) {
    const described = words.has(bodyField(request.body, 'description') ?? '');
    if (described && request.method === 'POST' && request.madeId !== undefined) ids.add(request.madeId);
    if (described && request.method === 'PATCH') ids.add(lastSegment(request.path));
  }
  const touching = requests
    .filter(
      (request) =>
        (request.method === 'POST' && words.has(bodyField(request.body, 'description') ?? '')) ||
        (request.method !== 'POST' && ids.has(lastSegment(request.path))),
    )
    .sort((a, b) => (a.serial ?? 0) - (b.serial ?? 0));
  const meant = `${JSON.stringify(item.descriptions)} completed ${item.completed} due ${
    item.dueCleared ? 'cleared' : item.dueAt === null ? null : new Date(item.dueAt).toISOString()
  }${item.deleted ? ' deleted' : ''}`;
  const holds = held.length === 0 ? 'nothing of it' : held.map((stored) => JSON.stringify(stored)).join(' and ');
  const shown = touching.slice(-MAX_REQUESTS);
  return [
    `why "${item.descriptions.at(-1) ?? ''}" is lost (ids ${[...ids].join(', ') || 'none known'})`,
    `  meant ${meant}; the server holds ${holds}`,
    ...item.trail.map((line) => `  did ${line}`),
    ...(shown.length < touching.length ? [`  (${touching.length - shown.length} earlier requests left out)`] : []),
    ...shown.map((request) => `  ${requestLine(request, faultOf)}`),
  ];
}

function requestLine(request: RecordedRequest, faultOf: (serial: number) => string | undefined): string {
  const fault = request.serial === undefined ? undefined : faultOf(request.serial);
  const acted =
    request.actedAt === undefined
      ? 'not carried out'
      : `carried out ${soakTime(request.actedAt)}${request.madeId ? ` made ${request.madeId}` : ''}`;
  const body = request.body === undefined ? '' : ` ${JSON.stringify(request.body)}`;
  return `${soakTime(request.at)} #${request.serial ?? '?'} ${request.method} …/${lastSegment(request.path)}${body}${
    fault ? ` [${fault}]` : ''
  } → ${request.status}${request.byProxy ? ' (proxy page)' : ''}, ${acted}`;
}

function bodyField(body: unknown, field: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

function lastSegment(path: string): string {
  return path.split('/').pop() ?? path;
}
