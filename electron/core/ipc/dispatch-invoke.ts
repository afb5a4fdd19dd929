/**
 * The one path every IPC call takes, in every shell: sender check → argument validation → core's
 * handler → a failure in words. electron/main only turns Electron's event into SenderFacts; the
 * test shells pass the facts of their page, so no call skips the guard.
 */
import { fail, type Result } from '../../shared/app-error';
import type { InvokeHandlers } from '../../shared/ipc-contract';
import type { Logger } from '../ports';
import { parseInvokeArgs } from './parse-invoke-args';
import { checkSender, type SenderFacts, type TrustedSender } from './sender-policy';

export interface InvokeCall {
  channel: unknown;
  /** The argument as it arrived, unchecked. */
  raw: unknown;
  sender: SenderFacts;
}

export interface DispatchDeps {
  handlers: InvokeHandlers;
  /** Our own popover, as it is at the time of the call. */
  trustedSender(): TrustedSender;
  logger: Logger;
}

/** Said to the page when a handler throws: a bug, whose detail goes to the log only. */
export const INTERNAL_ERROR = 'Omi Tray could not do that because of an internal error; the log has the details.';

/**
 * Refusals and invalid arguments come back as Result values the page shows; a handler that throws
 * rejects with INTERNAL_ERROR (Electron turns a rejection into a rejected invoke on the page).
 */
export async function dispatchInvoke(call: InvokeCall, deps: DispatchDeps): Promise<unknown> {
  const { logger } = deps;
  const channel = typeof call.channel === 'string' ? call.channel : String(call.channel);
  const verdict = checkSender(call.sender, deps.trustedSender());
  if (!verdict.allowed) {
    logger.warn('An IPC call was refused', { channel, reason: verdict.reason });
    return refused(`Omi Tray refused a request from a page it does not trust: ${verdict.reason}.`);
  }
  const parsed = parseInvokeArgs(call.channel, call.raw);
  if (!parsed.ok) {
    logger.warn('An IPC call had invalid arguments', { channel, error: parsed.error.message });
    return parsed;
  }
  // parseInvokeArgs has checked the argument against this channel's schema.
  const handler = deps.handlers[parsed.value.channel] as (args: unknown) => Promise<unknown>;
  try {
    return await handler(parsed.value.args);
  } catch (error) {
    logger.error('An IPC handler failed', { channel, error: error instanceof Error ? error.message : String(error) });
    throw new Error(INTERNAL_ERROR);
  }
}

function refused(message: string): Result<never> {
  return fail({ kind: 'invalid_input', message });
}
