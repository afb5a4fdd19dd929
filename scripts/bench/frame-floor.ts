/**
 * The floor under the input figures: from a key that changes nothing (Shift) to the next painted
 * frame, in the same page of 2,000 items. An input lands at a random point of the display's frame
 * interval, so even a page with no work to do waits for the next frame; on a 60 Hz display that
 * wait is about 8 ms on average. Read tick and keystroke figures against it. No budget.
 */
import { generateItems } from '../../tests/fake-omi/sample-items';
import { median, rounded, type Figure } from './figure';
import { launchSeededApp } from './seeded-app';

const ITEMS = 2_000;
const KEYS = 20;

export async function frameFloor(): Promise<Figure> {
  const seeded = await launchSeededApp(generateItems(ITEMS, { completed: false, now: new Date() }), ITEMS);
  const { app } = seeded;
  try {
    const samples: number[] = [];
    for (let key = 0; key < KEYS; key++) {
      await app.page.evaluate(() => window.__benchProbes.armKeydown());
      await app.page.keyboard.press('Shift');
      samples.push((await app.page.evaluate(() => window.__benchProbes.nextSample())).ms);
      await app.page.evaluate(() => window.__benchProbes.idle());
    }
    return { name: 'input-to-next-frame-with-no-work', value: rounded(median(samples)), unit: 'ms', budget: null };
  } finally {
    await seeded.close();
  }
}
