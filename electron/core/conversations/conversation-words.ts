/** Why a conversation is not shown, in the calm line the panel shows instead. Said here once. */
import type { AppError } from '../../shared/app-error';
import type { ConversationLookup, ConversationProblem } from '../../shared/conversation';

export function unavailable(problem: ConversationProblem, waitMs = 0): ConversationLookup {
  return { kind: 'unavailable', problem, message: problemWords(problem, waitMs) };
}

/** The problem behind a failed request; the client's own words are for the list, not for this. */
export function problemOf(error: AppError): ConversationProblem {
  switch (error.kind) {
    case 'forbidden':
      return 'missing_scope';
    case 'not_found':
      return 'deleted';
    case 'offline':
      return 'offline';
    case 'rate_limited':
      return 'rate_limited';
    case 'unauthorized':
    case 'keychain_unavailable':
      return 'not_connected';
    default:
      return 'failed';
  }
}

function problemWords(problem: ConversationProblem, waitMs: number): string {
  switch (problem) {
    case 'missing_scope':
      return 'This key may not read conversations; make one in the Omi app that may, to see them.';
    case 'deleted':
      return 'This conversation is no longer in Omi; it may have been deleted.';
    case 'processing':
      return 'Omi is still summarising this conversation; look again in a few minutes.';
    case 'offline':
      return 'The conversation can be shown once Omi can be reached again.';
    case 'rate_limited':
      return `Omi is limiting requests from this key, so the conversation can be shown ${later(waitMs)}.`;
    case 'read_share_used':
      return `Many conversations were opened this hour; this one can be shown ${later(waitMs)}.`;
    case 'not_connected':
      return 'Connect your Omi developer key to see conversations.';
    case 'unsupported':
      return 'This Omi server does not show conversations.';
    case 'failed':
      return "The conversation could not be loaded because of a problem on Omi's side; try again later.";
  }
}

function later(waitMs: number): string {
  const minutes = Math.ceil(waitMs / 60_000);
  if (minutes <= 1) return 'in a minute';
  return `in ${minutes} minutes`;
}
