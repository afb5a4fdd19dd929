/**
 * A new server address is confirmed by the person in a main-process dialog before it is saved: the
 * page alone (compromised or not) can never point the app, and the keys it sends, at a server.
 */
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type { AskPort, Question } from '../ports';
import type { SettingsPatch } from './settings-store';

export const ADDRESS_NOT_CHANGED = 'The server address was not changed.';

function addressQuestion(address: string): Question {
  return {
    message: `Use ${address} as the server address?`,
    detail:
      "Omi Tray will send your items and this address's Omi developer key there; choose Cancel unless you typed it.",
    yes: 'Use this address',
    no: 'Cancel',
  };
}

/** The patch when it keeps the address in effect or the person confirmed the new one; else why not, in words. */
export async function confirmAddress(
  patch: SettingsPatch,
  inEffect: string,
  ask: AskPort,
): Promise<Result<SettingsPatch>> {
  const address = patch.apiBaseUrl?.trim();
  if (address === undefined || address === inEffect.trim()) return ok(patch);
  return (await ask(addressQuestion(address)))
    ? ok(patch)
    : fail({ kind: 'invalid_input', message: ADDRESS_NOT_CHANGED });
}
