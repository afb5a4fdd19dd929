/**
 * The soak's conversation-read figure: the list and panel reads one key sent in its worst hour,
 * failed ones too, against a budget of 20. It must be able to fail.
 */
import { describe, expect, it } from 'vitest';
import { withinBudget } from '../../../scripts/bench/figure';
import { conversationReadsFigure } from '../../../scripts/soak/conversation-use';
import type { RecordedRequest } from '../../fake-omi/server';

const MINUTE = 60_000;

function request(path: string, at: number, fields: Partial<RecordedRequest> = {}): RecordedRequest {
  return {
    method: 'GET',
    path,
    query: {},
    headers: { authorization: 'Bearer key-a' },
    body: undefined,
    status: 200,
    at,
    ...fields,
  };
}

/** A list read every `everyMinutes`, a panel read between two of them, for `minutes`. */
function reads(minutes: number, everyMinutes: number, fields: Partial<RecordedRequest> = {}): RecordedRequest[] {
  const made: RecordedRequest[] = [];
  for (let minute = 0; minute < minutes; minute += everyMinutes) {
    made.push(request('/v1/dev/user/conversations', minute * MINUTE, fields));
    made.push(request(`/v1/dev/user/conversations/conv-${minute}`, (minute + everyMinutes / 2) * MINUTE, fields));
  }
  return made;
}

describe('soak-<part>-worst-conversation-reads-per-hour', () => {
  it('is within budget at a list read and a panel every 10 minutes', () => {
    const figure = conversationReadsFigure('hours', reads(180, 10));
    expect(figure).toMatchObject({ name: 'soak-hours-worst-conversation-reads-per-hour', value: 12, budget: 20 });
    expect(withinBudget(figure)).toBe(true);
  });

  it('names the part it came from, each with the same budget', () => {
    const figures = (['edits', 'kill', 'hours'] as const).map((part) => conversationReadsFigure(part, reads(60, 10)));
    expect(figures.map(({ name, budget }) => [name, budget])).toEqual([
      ['soak-edits-worst-conversation-reads-per-hour', 20],
      ['soak-kill-worst-conversation-reads-per-hour', 20],
      ['soak-hours-worst-conversation-reads-per-hour', 20],
    ]);
  });

  it('fails when the app reads conversations every 5 minutes, failed reads counted too', () => {
    const figure = conversationReadsFigure('edits', reads(120, 5, { status: 503 }));
    expect(figure.value).toBe(24);
    expect(withinBudget(figure)).toBe(false);
  });

  it('counts only conversation reads, and each key on its own', () => {
    const other = reads(60, 10, { headers: { authorization: 'Bearer key-b' } });
    const items = reads(60, 1).map((read) => ({ ...read, path: '/v1/dev/user/action-items' }));
    const posted = reads(60, 1).map((read) => ({ ...read, method: 'POST' }));
    expect(conversationReadsFigure('kill', [...reads(60, 10), ...other, ...items, ...posted]).value).toBe(12);
  });
});
