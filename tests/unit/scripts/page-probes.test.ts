/**
 * The bench's stopwatches in a real page (Debian's Chromium): a change made by a task that runs just
 * after a frame was drawn belongs to the next frame, not to the one drawn before it. Tasks run in the
 * order they were queued, so a task queued during a frame's animation-frame callbacks ahead of the
 * stopwatch's own message runs between that frame and the message that marks it painted. And an
 * input figure starts at the input event's timeStamp: the time a busy page kept the user waiting
 * before any listener ran is the app's time too.
 */
import type { Browser, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../harness/chromium';
import { installProbes } from '../../../scripts/bench/page-probes-script';
// window.__benchProbes, as the page sees it.
import type {} from '../../../scripts/bench/page-probes';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium('browser');
  page = await browser.newPage();
  // The checklist's shape as the row counter reads it: sections holding blocks of rows.
  await page.setContent('<div class="sections"><section><div class="block"></div></section></div>');
  await installProbes(page);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * Whether a frame's callbacks ran after `after` and no later than `until` (ms since the epoch). When
 * the callbacks ran, not the frame's own timestamp, which a late task may follow.
 */
const frameBetween = (frames: number[], after: number, until: number) => frames.some((at) => at > after && at <= until);

describe('the bench stopwatches', () => {
  it('time rows added just after a frame to the next painted frame', async () => {
    const { addedAt, allRowsAt, frames } = await page.evaluate(async () => {
      const now = () => performance.timeOrigin + performance.now();
      const frames: number[] = [];
      let addedAt = 0;
      let running = true;
      // Registered ahead of the stopwatch: in the first frame it queues the task that adds the row.
      requestAnimationFrame(function each() {
        frames.push(now());
        if (frames.length === 1) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const row = document.createElement('div');
            row.dataset['item'] = 'one';
            document.querySelector('.block')?.append(row);
            addedAt = now();
          };
          channel.port2.postMessage(null);
        }
        if (running) requestAnimationFrame(each);
      });
      const painted = await window.__benchProbes.rowsPainted(1, 1);
      running = false;
      return { addedAt, allRowsAt: painted.allRowsAt, frames };
    });
    expect(addedAt).toBeGreaterThan(0);
    // Read when the message came, the row would be timed to the frame drawn before it was added.
    expect(frameBetween(frames, addedAt, allRowsAt)).toBe(true);
  });

  it('time a region finished just after a frame to the next painted frame', async () => {
    const total = 3;
    const { finishedAt, paintedAt, frames } = await page.evaluate(async (count) => {
      const now = () => performance.timeOrigin + performance.now();
      const frames: number[] = [];
      let finishedAt = 0;
      let running = true;
      const watched = window.__benchProbes.suggestionsPainted(count);
      requestAnimationFrame(function each() {
        frames.push(now());
        if (frames.length === 1) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const rows = Array.from({ length: count }, () => '<li class="suggestion"></li>').join('');
            document.body.insertAdjacentHTML(
              'beforeend',
              `<section aria-label="From your conversations"><h2 id="suggestions-heading">From your conversations</h2><ul>${rows}</ul></section>`,
            );
            finishedAt = now();
          };
          channel.port2.postMessage(null);
        }
        if (running) requestAnimationFrame(each);
      });
      const paintedAt = await watched;
      running = false;
      return { finishedAt, paintedAt, frames };
    }, total);
    expect(finishedAt).toBeGreaterThan(0);
    expect(frameBetween(frames, finishedAt, paintedAt)).toBe(true);
  });

  it('time the due-date note from the keydown the browser received, not from when a listener ran', async () => {
    await page.setContent(
      '<input aria-label="Due date" aria-describedby="note"><p id="note"></p>' +
        '<script>document.querySelector("input").addEventListener("keydown", () => setTimeout(() => { document.getElementById("note").textContent = "→ tomorrow 17:00"; }));</script>',
    );
    await installProbes(page);
    await page.focus('input');
    await page.evaluate(() => window.__benchProbes.armDueReading('tomorrow 17:00'));
    const waited = await keptBusyDuring(() => page.keyboard.press('m'), 'keydown');
    const ms = await page.evaluate(() => window.__benchProbes.nextReading());
    expect(ms).toBeGreaterThanOrEqual(waited);
  });

  it('time a conversation from the press on "Show conversation", not from when a listener ran', async () => {
    await page.setContent(
      '<div data-item="a1"><button aria-label="Show conversation" style="width:80px;height:40px">Show</button></div>' +
        '<script>document.querySelector("button").addEventListener("click", (event) => setTimeout(() => event.target.closest("[data-item]").insertAdjacentHTML("beforeend", \'<section aria-label="Conversation"><p class="overview">Ana sends the lease.</p></section>\')));</script>',
    );
    await installProbes(page);
    const button = await page.evaluate(() => window.__benchProbes.conversationButton('a1'));
    if (button === null) throw new Error('the button is out of reach');
    await page.evaluate(() => window.__benchProbes.armConversation('a1'));
    const waited = await keptBusyDuring(() => page.mouse.click(button.x, button.y), 'pointerdown');
    const ms = await page.evaluate(() => window.__benchProbes.nextConversation());
    expect(ms).toBeGreaterThanOrEqual(waited);
  });
});

/**
 * Keeps the page's thread busy for a while and sends the input meanwhile: the ms between the
 * event's timeStamp and the first listener that could run, which the figure must include.
 */
async function keptBusyDuring(send: () => Promise<void>, type: 'keydown' | 'pointerdown'): Promise<number> {
  await page.evaluate((eventType) => {
    (window as unknown as { waited: Promise<number> }).waited = new Promise((resolve) =>
      window.addEventListener(eventType, (event) => resolve(performance.now() - event.timeStamp), {
        capture: true,
        once: true,
      }),
    );
    setTimeout(() => {
      const until = performance.now() + 300;
      while (performance.now() < until);
    }, 50);
  }, type);
  await new Promise((resolve) => setTimeout(resolve, 120));
  await send();
  const waited = await page.evaluate(() => (window as unknown as { waited: Promise<number> }).waited);
  // The input arrived while the page was busy: it waited.
  expect(waited).toBeGreaterThan(50);
  return waited;
}
