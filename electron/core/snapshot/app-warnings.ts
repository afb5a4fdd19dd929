/** The lines in snapshot.warnings: problems the user must hear about that belong to no item. */
import type { Connection } from '../../shared/app-state';

export interface WarningFacts {
  /** Files moved aside, and other one-off notices of this run. */
  notices: readonly string[];
  /** Where the key lives (memory only, keychain trouble). */
  keyWarnings: readonly string[];
  shortcutWarning: string | null;
  connection: Connection;
  outboxSize: number;
  /** The server the waiting changes are for. */
  outboxOrigin: string | null;
}

export function appWarnings(facts: WarningFacts): string[] {
  const lines = [...facts.notices, ...facts.keyWarnings];
  if (facts.shortcutWarning) lines.push(facts.shortcutWarning);
  const waiting = facts.outboxSize === 1 ? '1 change was' : `${facts.outboxSize} changes were`;
  if (facts.outboxSize > 0 && facts.connection.status === 'signed_out') {
    lines.push(`${waiting} not sent to Omi yet. They are kept and will be sent when you connect again.`);
  } else if (
    facts.outboxSize > 0 &&
    facts.connection.status === 'connected' &&
    facts.outboxOrigin !== facts.connection.origin
  ) {
    lines.push(
      `${waiting} made for ${facts.outboxOrigin ?? 'another server'} and not sent yet. They will be sent when Omi Tray uses that server again.`,
    );
  }
  return lines;
}
