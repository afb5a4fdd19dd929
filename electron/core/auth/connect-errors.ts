/** Why a key could not be connected, in the words the onboarding alert shows. */
import type { AppError } from '../../shared/app-error';

export function connectFailure(error: AppError): AppError {
  switch (error.kind) {
    case 'unauthorized':
      return {
        kind: 'unauthorized',
        message: 'Omi refused this key; check you copied the whole Omi developer key (omi_dev_…).',
      };
    case 'offline':
      return {
        kind: 'offline',
        message: "You're offline, or Omi can't be reached; check your connection and try again.",
      };
    case 'rate_limited':
      return error;
    default:
      return {
        ...error,
        message: 'The key could not be checked; try again in a moment.',
        detail: error.detail ?? error.message,
      };
  }
}
