/**
 * Typed words to understood date: in the due-date editor (opened from Quick edit over 2,000 items),
 * the key that completes a phrase ("tomorrow 5pm", "sat noon", …) is timed from keydown to the
 * painted frame whose note shows what the phrase means. The words are read in the main process, so
 * this is one IPC round trip and a render; the browser shell's bridge (a Playwright binding) is
 * slower than Electron's IPC, so the figure is an upper bound. Median of every phrase, three rounds.
 * Budget 50 ms: the typed letter itself appears at once (the textbox echoes it), and a note under it
 * that follows within 50 ms is seen as part of the same moment.
 */
import { generateItems } from '../../tests/fake-omi/sample-items';
import type { AppSnapshot } from '../../electron/shared/app-state';
import { readDueWords } from '../../electron/core/due-date/read-words';
import { dueChoice } from '../../src/common/time-words';
import { medianOf, type Figure } from './figure';
import { launchSeededApp } from './seeded-app';

const ITEMS = 2_000;
const ROUNDS = 3;
/** Phrases whose last key changes what they mean, so the note before that key never already holds the answer. */
const PHRASES = ['tomorrow 5pm', 'sat noon', 'next week', 'dec 24 6pm', 'tonight'];

export async function dueReading(): Promise<Figure> {
  const seeded = await launchSeededApp(generateItems(ITEMS, { completed: false, now: new Date() }), ITEMS);
  const { app } = seeded;
  try {
    const { timeZone, clock } = await app.page.evaluate((): Promise<AppSnapshot> =>
      window.omi.invoke('app:getSnapshot'),
    );
    await app.pressShortcut();
    await app.page.waitForFunction(() => document.activeElement?.id === 'quick-edit');
    await app.page.keyboard.press('Control+d');
    const box = app.page.getByRole('textbox', { name: 'Due date' });
    await box.waitFor();
    const samples: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const phrase of PHRASES) {
        const reading = readDueWords({ text: phrase, now: new Date().toISOString(), timeZone });
        if (!reading.ok) throw new Error(`"${phrase}" is not a date: ${reading.message}`);
        const expected = `→ ${dueChoice(reading.dueAt, Date.now(), timeZone, clock)}`;
        await box.fill(phrase.slice(0, -1));
        await app.page.waitForTimeout(50);
        await app.page.evaluate(() => window.__benchProbes.idle());
        const before = await app.page.evaluate(() => window.__benchProbes.dueNote());
        if (before.includes(expected))
          throw new Error(`the note already said "${expected}" before the last key of "${phrase}"`);
        await app.page.evaluate((words) => window.__benchProbes.armDueReading(words), expected);
        await box.press(phrase.slice(-1));
        samples.push(await app.page.evaluate(() => window.__benchProbes.nextReading()));
      }
    }
    return medianOf(samples, { name: 'due-words-keystroke-to-understood', unit: 'ms', budget: 50 });
  } finally {
    await seeded.close();
  }
}
