/**
 * The floor under the input figures: from a key that changes nothing (Shift) to the next painted
 * frame, in a page of 2,000 items. An input lands at a random point of the display's frame interval,
 * so even a page with no work to do waits for the next frame; on a 60 Hz display that wait is about
 * 8 ms on average. Measured beside the tick, in the same page, and printed beside it: read the tick
 * and keystroke figures against it. It measures the machine, not the app: no budget.
 */
import type { Page } from '@playwright/test';
import { medianOf, type Figure } from './figure';

const KEYS = 20;

export async function frameFloor(page: Page): Promise<Figure> {
  const samples: number[] = [];
  for (let key = 0; key < KEYS; key++) {
    await page.evaluate(() => window.__benchProbes.armKeydown());
    await page.keyboard.press('Shift');
    samples.push((await page.evaluate(() => window.__benchProbes.nextSample())).ms);
    await page.evaluate(() => window.__benchProbes.idle());
  }
  return medianOf(samples, { name: 'input-to-next-frame-with-no-work', unit: 'ms', budget: null });
}
