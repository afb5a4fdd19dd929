/**
 * A reminder delivered on time: the app in the harness's browser shell (real core, real timers and
 * files, recording notifier) with the lead time set to none, 20 items falling due a quarter second
 * apart a few seconds ahead. Lateness = when the notification was shown − the item's due time; median.
 *
 * The notifier records no time, so this process polls it every millisecond: the core runs in this
 * same process, so a notification is seen within about a millisecond of being shown.
 */
import { closeAndRemoveData, launchApp } from '../../tests/harness';
import { READ_WRITE, startFakeOmi } from '../../tests/fake-omi/server';
import { medianOf, type Figure } from './figure';

const KEY = 'omi_dev_bench_key_0004';
const REMINDERS = 20;
/** Apart enough that each is its own notification (several at one instant are grouped). */
const SPACING_MS = 250;
/** Time to seed the items and let the app fetch them before the first falls due. */
const LEAD_IN_MS = 3_000;
const LATEST_MS = 10_000;

const description = (index: number) => `Bench reminder ${String(index + 1).padStart(2, '0')}`;

export async function reminderLateness(): Promise<Figure> {
  const omi = await startFakeOmi({ keys: [{ key: KEY, scopes: READ_WRITE }] });
  const app = await launchApp({ shell: 'browser', apiBaseUrl: omi.url, apiKey: KEY });
  try {
    const settings = await app.page.evaluate(() => window.omi.invoke('settings:update', { reminderLeadMinutes: 0 }));
    if (!settings.ok) throw new Error(`the lead time could not be set: ${settings.error.message}`);
    const firstDue = Date.now() + LEAD_IN_MS;
    const dueAt = Array.from({ length: REMINDERS }, (_, index) => firstDue + index * SPACING_MS);
    omi.seed(
      dueAt.map((due, index) => ({
        id: `reminder-${index + 1}`,
        description: description(index),
        due_at: new Date(due).toISOString(),
      })),
    );
    const refreshed = await app.page.evaluate(() => window.omi.invoke('items:refresh'));
    if (!refreshed.ok) throw new Error(`the app could not fetch the items: ${refreshed.error.message}`);
    if (Date.now() >= firstDue) throw new Error('the items arrived after the first was due; raise LEAD_IN_MS');

    const seenAt = new Map<string, number>();
    const deadline = (dueAt.at(-1) ?? firstDue) + LATEST_MS;
    while (seenAt.size < REMINDERS && Date.now() < deadline) {
      const now = Date.now();
      for (const { title } of await app.notifications()) if (!seenAt.has(title)) seenAt.set(title, now);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const lateness = dueAt.map((due, index) => {
      const seen = seenAt.get(description(index));
      if (seen === undefined)
        throw new Error(
          `no notification for "${description(index)}" within ${LATEST_MS} ms of its time; shown: ${[...seenAt.keys()].join(', ')}`,
        );
      return seen - due;
    });
    omi.assertNoViolations();
    return medianOf(lateness, { name: 'reminder-lateness-median-of-20', unit: 'ms', budget: 1_000 });
  } finally {
    await closeAndRemoveData(app);
    await omi.close();
  }
}
