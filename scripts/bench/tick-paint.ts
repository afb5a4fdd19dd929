/**
 * Click to checked: in the checklist of 2,000 items, from the user's press on an item's checkbox (the
 * pointerdown's timeStamp, before the click that follows ticks the box; press and release come back
 * to back, see quickClick) to the first painted frame in
 * which it shows ticked (box checked and the row drawn as done by the app's own state). Median of 20
 * ticks on different items, each once the previous one was saved and the page idle. The no-work frame
 * floor is measured in the same page afterwards and printed beside it.
 */
import { openItems } from './open-items';
import { medianOf, type Figure } from './figure';
import { frameFloor } from './frame-floor';
import { launchSeededApp } from './seeded-app';
import { quickClick } from './quick-click';
import { waitFor } from './wait-for';

const ITEMS = 2_000;
const TICKS = 20;
/** After the server has the tick: time for the core's snapshot to reach the page. */
const PUSH_MS = 100;
/** HOLD_AFTER_TICK_MS in src/checklist/optimistic-ticks.svelte.ts (a runes module, not loadable here). */
const HOLD_AFTER_TICK_MS = 1_500;

export async function tickPaint(): Promise<Figure[]> {
  const seeded = await launchSeededApp(openItems(ITEMS), ITEMS);
  const { app, omi } = seeded;
  try {
    const cdp = await app.page.context().newCDPSession(app.page);
    const samples: number[] = [];
    for (let tick = 0; tick < TICKS; tick++) {
      const box = await app.page.evaluate(() => window.__benchProbes.openBoxInView());
      if (box === null) throw new Error('no unticked item in view to tick');
      // The pointer comes over the list first (a person's does, well before the press); then the
      // press and the release reach the page back to back, as one quick click.
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: box.x, y: box.y });
      await app.page.evaluate(() => window.__benchProbes.armPointerdown());
      await quickClick(cdp, box.x, box.y);
      const sample = await app.page.evaluate(() => window.__benchProbes.nextSample());
      if (!sample.shown.checked) throw new Error(`item ${box.itemId} did not show ticked after the press`);
      samples.push(sample.ms);
      // The next click waits until this tick is done with: saved, pushed back and rendered.
      await waitFor(`the server to have item ${box.itemId} completed`, () =>
        omi.items().some((item) => item.id === box.itemId && item.completed),
      );
      // A ticked row stays in place while the pointer is over the list and for HOLD_AFTER_TICK_MS:
      // the pointer leaves and that passes, so the next tick starts from a settled list.
      await app.page.mouse.move(0, 0);
      await new Promise((resolve) => setTimeout(resolve, PUSH_MS + HOLD_AFTER_TICK_MS));
      await app.page.evaluate(() => window.__benchProbes.idle());
    }
    const tick = medianOf(samples, { name: 'tick-click-to-checked', unit: 'ms', budget: 16 });
    return [tick, await frameFloor(app.page)];
  } finally {
    await seeded.close();
  }
}
