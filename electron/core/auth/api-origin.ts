/**
 * The origin a key belongs to: keys are stored per API origin, never per full URL. An address the
 * key may not be sent to (plain http to another computer, credentials in it) has no origin.
 */
import { checkApiAddress } from '../../shared/api-address';

export function apiOrigin(baseUrl: string): string | null {
  const checked = checkApiAddress(baseUrl);
  return checked.ok ? checked.origin : null;
}

/** Why an address has no origin, in words; null when it has one. */
export function apiAddressProblem(baseUrl: string): string | null {
  const checked = checkApiAddress(baseUrl);
  return checked.ok ? null : checked.reason;
}
