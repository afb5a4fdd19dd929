/**
 * What the status line says while a change waits to learn what an earlier write, whose answer was
 * lost, did: one clause the status carries on with "; checking again at …".
 */
import type { AppError } from '../../shared/app-error';
import { firstWords } from '../../shared/short-text';

/** How much of a new item's words the line quotes. */
const CHECKED_ITEM_GRAPHEMES = 28;

/** The write not confirmed: a new item (by its words), a change marked done, or an earlier change. */
export type Unconfirmed = { newItem: string } | 'marked done' | 'earlier change';

export function notConfirmed(what: Unconfirmed): AppError {
  const words =
    what === 'marked done'
      ? 'a change marked done'
      : what === 'earlier change'
        ? 'an earlier change to this item'
        : `“${firstWords(what.newItem, CHECKED_ITEM_GRAPHEMES)}”`;
  return { kind: 'server', message: `Omi did not confirm ${words}.` };
}
