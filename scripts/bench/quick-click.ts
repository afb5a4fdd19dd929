/**
 * A real mouse click (the browser's own input events), its press and release sent together: with
 * Playwright's mouse.click each waits for the page's answer to the one before, and that round trip
 * between the harness and the browser (5 to 15 ms on a busy machine) would count as the app's time.
 */
import type { CDPSession } from '@playwright/test';

export async function quickClick(cdp: CDPSession, x: number, y: number): Promise<void> {
  const press = { x, y, button: 'left' as const, clickCount: 1 };
  await Promise.all([
    cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...press }),
    cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...press }),
  ]);
}
