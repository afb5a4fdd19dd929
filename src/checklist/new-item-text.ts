/** What a new item is made of: the text as typed, or the text without the date phrase it offered. */
import type { TitleWithDue } from '../../electron/shared/due-date/due-reading';

export interface NewItemFields {
  description: string;
  dueAt: string | null;
}

/** `offer` null (none found, or the user asked for the literal text) keeps every word and no due date. */
export function newItemFrom(text: string, offer: TitleWithDue | null): NewItemFields {
  return offer ? { description: offer.description, dueAt: offer.due.dueAt } : { description: text, dueAt: null };
}
