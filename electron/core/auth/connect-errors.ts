/** Why a key could not be connected, in the words the onboarding alert shows. */
import type { AppError } from '../../shared/app-error';

export function connectFailure(error: AppError): AppError {
  switch (error.kind) {
    case 'unauthorized':
      return {
        kind: 'unauthorized',
        message: 'Omi refused this key. Check that you copied the whole developer key (omi_dev_…) and that it has not been revoked.',
      };
    case 'offline':
      return { kind: 'offline', message: "You're offline, or Omi can't be reached right now. Check your connection and try again." };
    case 'rate_limited':
      return { ...error, message: `Omi is limiting requests from this key right now. ${error.message}` };
    default:
      return { ...error, message: `The key could not be checked: ${error.message}` };
  }
}

export const READ_ONLY_MESSAGE =
  'This key can only read. Ticking and editing need a developer key with the action_items:write scope.';
