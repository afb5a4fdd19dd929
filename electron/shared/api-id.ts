/**
 * Ids of items and conversations as they may travel: letters, digits, `_` and `-`, at most 128.
 * An id becomes a path segment (`/v1/dev/user/conversations/{id}`); `.`, `..` or `%2e%2e` there
 * would be a dot-segment and send the key to another path. The app's own `local-…` ids fit.
 */
import { z } from 'zod';

const API_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

export const apiIdSchema = z.string().regex(API_ID_PATTERN, 'an id of letters, digits, _ and -');

export function isApiId(id: string): boolean {
  return API_ID_PATTERN.test(id);
}
