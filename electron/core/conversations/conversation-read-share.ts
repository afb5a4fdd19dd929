/**
 * The share of the hourly reads that showing conversations may take, whatever the user clicks.
 *
 * Omi allows about 120 reads per key per hour, and the list's own budget (items/read-budget) lets
 * the app's GETs take up to 100 of them in an hour. Conversations are fetched only when the user
 * expands an item and are cached for a day, so a normal hour needs a handful; 20 per hour lets
 * someone click through a whole screen of items (the popover shows about 17) and still leaves
 * most of the hour to the list, which must keep working. Every conversation read is also one GET
 * taken from the shared ReadBudget (as a read the user asked for), so list reads and conversations
 * never add up past it.
 */
import type { Clock } from '../ports';

export const CONVERSATION_READS_PER_HOUR = 20;
const HOUR_MS = 60 * 60_000;

export class ConversationReadShare {
  private readonly spent: number[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly perHour: number = CONVERSATION_READS_PER_HOUR,
  ) {}

  /** Null when a conversation may be read now, else the epoch ms when one may. */
  nextAllowedAt(): number | null {
    const now = this.clock.now();
    while (this.spent.length > 0 && (this.spent[0] ?? now) <= now - HOUR_MS) this.spent.shift();
    if (this.spent.length < this.perHour) return null;
    return (this.spent[this.spent.length - this.perHour] ?? now) + HOUR_MS;
  }

  record(): void {
    this.spent.push(this.clock.now());
  }
}
