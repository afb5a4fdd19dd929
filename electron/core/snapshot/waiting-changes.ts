/**
 * Why the outbox's changes wait, as the status line, the tray and a refresh's answer tell it: the
 * changes of the key in use, those of another key or server, and the sender's reason to wait.
 */
import type { OutboxStatus } from '../../shared/app-state';
import type { ClockStyle } from '../../shared/due-date/clock-style';
import { belongsTo, type Outbox } from '../outbox/outbox';
import type { OutboxSender } from '../outbox/outbox-sender';
import { outboxStatus } from '../outbox/outbox-status';
import type { Clock } from '../ports';

export interface WaitingChangesDeps {
  clock: Clock;
  /** The machine's zone now (asked at every use). */
  timeZone: () => string;
  /** The person's clock (asked at every use). */
  clockStyle: () => ClockStyle;
  account: { signedIn(): boolean; keyTag(): string | null; isThisServer(origin: string | null): boolean };
  outbox: Pick<Outbox, 'origin' | 'list'>;
  sender: Pick<OutboxSender, 'waitState'>;
}

export function waitingChanges(deps: WaitingChangesDeps): OutboxStatus {
  const { clock, outbox, account, sender, timeZone } = deps;
  const now = clock.now();
  const sameServer = account.isThisServer(outbox.origin());
  const all = outbox.list();
  const signedOut = !account.signedIn();
  const tag = account.keyTag();
  // A delete inside its undo window is the undo line's business, not a change waiting to sync.
  const waiting = (entry: (typeof all)[number]) => !(entry.delete && entry.delete.notBefore > now);
  const mine = sameServer && !signedOut ? all.filter((entry) => belongsTo(entry, tag) && waiting(entry)) : [];
  return outboxStatus({
    now,
    timeZone: timeZone(),
    style: deps.clockStyle(),
    mine: signedOut ? all.filter(waiting) : mine,
    othersCount: sameServer && !signedOut ? all.filter((entry) => !belongsTo(entry, tag)).length : 0,
    otherServerCount: sameServer ? 0 : all.length,
    signedOut,
    sender: sender.waitState(),
  });
}
