/** Alt/⌥+←/→ on an item: the due date moves a day at its wall-clock time, or the editor opens. */
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../electron/shared/app-error';
import { pushDue, type PushDueTarget } from '../../../../src/editors/push-due';
import { itemView } from '../support/fake-omi-api';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function target(answer: Result<null> = { ok: true, value: null }) {
  const done: string[] = [];
  const to: PushDueTarget = {
    timeZone: 'Europe/Berlin',
    editDue: (id) => done.push(`edit ${id}`),
    applyDue: (id, dueAt) => {
      done.push(`due ${id} ${dueAt}`);
      return Promise.resolve(answer);
    },
    report: (message) => done.push(`report ${message}`),
  };
  return { to, done };
}

describe('pushDue', () => {
  it('moves the due date a day, keeping the wall-clock time in the zone', async () => {
    const { to, done } = target();
    pushDue(itemView('a', { dueAt: '2025-12-03T08:00:00Z' }), 1, to);
    await flush();
    expect(done).toEqual(['due a 2025-12-04T09:00:00+01:00']);
  });

  it('opens the due-date editor for an item without a due date', () => {
    const { to, done } = target();
    pushDue(itemView('a'), -1, to);
    expect(done).toEqual(['edit a']);
  });

  it('says a refused move in words', async () => {
    const { to, done } = target({ ok: false, error: { kind: 'server', message: 'Omi could not be reached.' } });
    pushDue(itemView('b', { dueAt: '2025-12-03T08:00:00Z' }), -1, to);
    await flush();
    expect(done).toEqual(['due b 2025-12-02T09:00:00+01:00', 'report Omi could not be reached.']);
  });
});
