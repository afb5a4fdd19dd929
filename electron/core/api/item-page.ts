/**
 * A page of the item list read one entry at a time: an entry that is not a readable item is skipped
 * and counted, so one odd item never hides the rest of the page. The page itself must be a list.
 */
import { z } from 'zod';
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type { ListedPage } from './action-items-api';
import { apiItemSchema, describeIssues, toActionItem } from './api-item';
import { unreadableAnswer } from './http-errors';

const pageSchema = z.array(z.unknown());

export function readItemPage(answer: unknown): Result<ListedPage> {
  const entries = pageSchema.safeParse(answer);
  if (!entries.success) return fail(unreadableAnswer(describeIssues(entries.error)));
  const page: ListedPage = { items: [], unreadable: 0 };
  for (const entry of entries.data) {
    const item = apiItemSchema.safeParse(entry);
    if (item.success) page.items.push(toActionItem(item.data));
    else page.unreadable += 1;
  }
  return ok(page);
}
