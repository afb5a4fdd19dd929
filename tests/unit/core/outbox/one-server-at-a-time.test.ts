/**
 * Issue 17, item 8: the outbox keeps one API origin for all its changes, so while one server's
 * changes wait, an edit for another is refused in words instead of joining them (and going to the
 * wrong server, or nowhere).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../support/fake-clock';
import { FakeOmi, WRITE_SCOPES } from '../support/fake-omi-api';
import { KEY, ORIGIN, openOutbox, TWO_ITEMS } from '../support/outbox-fixture';
import { serverFixture } from '../support/server-fixture';

let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let omi: FakeOmi;

beforeEach(async () => void ({ dir, clock, omi } = await serverFixture(KEY, WRITE_SCOPES, TWO_ITEMS)));
afterEach(() => dir.remove());

describe('changes for two servers', () => {
  it("refuses in words an edit for another server while this one's changes wait", async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'offline';
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    const elsewhere = await box.outbox.apply(
      'b7',
      { kind: 'update', changes: { completed: true } },
      'https://omi.example.org',
    );
    expect(elsewhere).toEqual({
      ok: false,
      error: expect.objectContaining({ message: expect.stringMatching(/another Omi server are still waiting/) }),
    });
    expect(box.outbox.list().map((entry) => entry.key)).toEqual(['a1']);
    expect(box.outbox.origin()).toBe(ORIGIN);
  });

  it('takes edits for the other server once nothing waits', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    expect(box.outbox.size()).toBe(0);
    const elsewhere = await box.outbox.apply(
      'b7',
      { kind: 'update', changes: { completed: true } },
      'https://omi.example.org',
    );
    expect(elsewhere.ok).toBe(true);
    expect(box.outbox.origin()).toBe('https://omi.example.org');
  });
});
