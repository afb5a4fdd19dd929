/**
 * Refresh as the user asks for it (the popover's button, the tray's entry, the status line's Retry):
 * fetch the list and send what waits — unless Omi asked to wait, which the answer then says in words,
 * with the time the changes go by themselves.
 */
import type { Result } from '../../shared/app-error';
import { fail } from '../../shared/app-error';
import { inBackground } from '../background/in-background';
import { timeWords } from '../outbox/outbox-status';
import type { ClockStyle } from '../../shared/due-date/clock-style';
import type { Clock, Logger } from '../ports';
import type { RefreshReason } from '../items/item-sync';

export interface ManualRefreshDeps {
  sync: { refresh(reason: RefreshReason): Promise<Result<null>> };
  /** The outbox's sender (OutboxSender). */
  sender: { retryAfterUntil(): number | null; retryNow(trigger: 'network' | 'user'): Promise<void> };
  /** How many changes wait to be sent with the key in use. */
  waitingChanges(): number;
  clock: Clock;
  /** The machine's zone now (asked at every use). */
  timeZone: () => string;
  /** The person's clock (asked at every use). */
  clockStyle: () => ClockStyle;
  logger: Logger;
}

export async function manualRefresh(deps: ManualRefreshDeps): Promise<Result<null>> {
  const { sync, sender, clock } = deps;
  const result = await sync.refresh('manual');
  const blockedUntil = sender.retryAfterUntil();
  if (blockedUntil !== null && deps.waitingChanges() > 0) {
    const at = timeWords(blockedUntil, clock.now(), deps.timeZone(), deps.clockStyle());
    return fail({
      kind: 'rate_limited',
      message: result.ok
        ? `The list is up to date; your changes go ${at}, as Omi asked.`
        : `Omi asked to wait; your changes go ${at}.`,
      retryAfterSeconds: Math.max(1, Math.ceil((blockedUntil - clock.now()) / 1000)),
    });
  }
  // Asking to refresh is also asking to retry what waits, whether or not the list came back.
  inBackground(deps.logger, 'Sending waiting changes', sender.retryNow('user'));
  return result;
}
