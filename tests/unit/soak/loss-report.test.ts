/**
 * What the soak prints when it loses an edit: enough to tell a defect of the app from one of the
 * soak's bookkeeping without replaying the run.
 */
import { describe, expect, it } from 'vitest';
import { IntendedState } from '../../../scripts/soak/intended-state';
import { explainLoss } from '../../../scripts/soak/loss-report';
import type { RecordedRequest } from '../../fake-omi/server';

const EIGHT = Date.parse('2026-06-01T08:00:00Z');
const ITEMS = '/v1/dev/user/action-items';

function request(serial: number, method: string, path: string, fields: Partial<RecordedRequest> = {}): RecordedRequest {
  return {
    serial,
    method,
    path,
    query: {},
    headers: {},
    body: undefined,
    status: 200,
    at: EIGHT + serial * 1000,
    ...fields,
  };
}

describe('the explanation of a lost edit', () => {
  it("follows a lost item from the create that made it to the delete that took it, with each request's trouble", () => {
    const intended = new IntendedState();
    const item = intended.add('Soak a edit 5');
    intended.note(item, '08:00:01 create: accepted', 'local-1');
    const requests = [
      request(1, 'POST', ITEMS, {
        body: { description: 'Soak a edit 5' },
        status: 0,
        actedAt: EIGHT + 20_000,
        madeId: 'abc',
      }),
      request(2, 'PATCH', `${ITEMS}/other`, { body: { completed: true } }),
      request(3, 'DELETE', `${ITEMS}/abc`, { actedAt: EIGHT + 3000 }),
    ];

    const lines = explainLoss(item, [], requests, (serial) => (serial === 1 ? 'late-save' : undefined));

    expect(lines).toEqual([
      'why "Soak a edit 5" is lost (ids local-1, abc)',
      '  meant ["Soak a edit 5"] completed false due null; the server holds nothing of it',
      '  did 08:00:01 create: accepted',
      '  08:00:01 #1 POST …/action-items {"description":"Soak a edit 5"} [late-save] → 0, carried out 08:00:20 made abc',
      '  08:00:03 #3 DELETE …/abc → 200, carried out 08:00:03',
    ]);
  });

  it('names the server item that still holds an older description', () => {
    const intended = new IntendedState();
    const item = intended.add('Old words');
    intended.describe(item, 'New words');
    const server = [{ id: 's1', description: 'Old words', completed: false, due_at: null }];

    const lines = explainLoss(item, server as never, [], () => undefined);

    expect(lines[1]).toBe(
      '  meant ["Old words","New words"] completed false due null; the server holds {"id":"s1","description":"Old words","completed":false,"due_at":null}',
    );
  });
});
