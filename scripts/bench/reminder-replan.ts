/** Re-planning reminders for 10,000 open items: the work done on every change, wake and drift check. */
import type { ActionItem } from '../../electron/shared/action-item';
import { planReminders } from '../../electron/core/reminders/reminder-plan';
import { medianOf, type Figure } from './figure';

export async function reminderReplan(): Promise<Figure> {
  const now = Date.now();
  const items: ActionItem[] = Array.from({ length: 10_000 }, (_, index) => ({
    id: `item-${index}`,
    description: `Item ${index}`,
    completed: index % 10 === 0,
    dueAt: index % 7 === 0 ? null : new Date(now + (index - 2_000) * 60_000).toISOString(),
    createdAt: null,
    updatedAt: null,
    completedAt: null,
    conversationId: null,
  }));
  const delivered = new Map(items.slice(0, 2_000).map((item) => [item.id, Date.parse(item.dueAt ?? '')]));
  const samples: number[] = [];
  for (let run = 0; run < 60; run++) {
    const start = performance.now();
    planReminders({
      items,
      leadMinutes: 5,
      snoozes: new Map(),
      pausedUntil: null,
      delivered,
      watchedUntil: now - 1,
      now,
    });
    samples.push(performance.now() - start);
  }
  // The first runs warm the JIT; the app re-plans often enough to live in the warm state.
  return medianOf(samples.slice(10), { name: 'reminder-replan-10000-items', unit: 'ms', budget: 10 }, 2);
}
