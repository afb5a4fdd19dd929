/**
 * Keystroke to filtered list: quick edit opened with the global shortcut over 2,000 items, then
 * words typed and erased one key at a time; each key is timed from keydown to the painted frame
 * showing the list filtered by the new text. Median over every key.
 */
import { openItems } from './open-items';
import { medianOf, type Figure } from './figure';
import { launchSeededApp } from './seeded-app';

const ITEMS = 2_000;
/**
 * Typed, erased, typed: 65 keys. None is a quick-edit command in an empty box (j, k, x, e, d…). The
 * second half types other words, so its answers are worked out, not remembered from the first.
 */
const KEYS = [
  ...'call ana',
  ...Array<string>(8).fill('Backspace'),
  ...'invoice',
  ...Array<string>(7).fill('Backspace'),
  ...'send slides',
  ...Array<string>(11).fill('Backspace'),
  ...'pay budget',
  ...Array<string>(3).fill('Backspace'),
];

export async function quickEditFilter(): Promise<Figure> {
  const seeded = await launchSeededApp(openItems(ITEMS), ITEMS);
  const { app } = seeded;
  try {
    await app.pressShortcut();
    await app.page.waitForFunction(() => document.activeElement?.id === 'quick-edit');
    const samples: number[] = [];
    let typed = '';
    for (const key of KEYS) {
      typed = key === 'Backspace' ? typed.slice(0, -1) : typed + key;
      await app.page.evaluate(() => window.__benchProbes.armKeydown());
      await app.page.keyboard.press(key === ' ' ? 'Space' : key);
      const sample = await app.page.evaluate(() => window.__benchProbes.nextSample());
      // The measured frame must hold the answer to this key: its text, and a list that did not change after.
      if (
        sample.shown.value !== typed ||
        sample.shown.options !== sample.settled.options ||
        sample.settled.value !== typed
      ) {
        throw new Error(
          `after typing "${typed}" the painted frame showed "${sample.shown.value}" with ${sample.shown.options} options, later ${sample.settled.options}`,
        );
      }
      samples.push(sample.ms);
      await app.page.evaluate(() => window.__benchProbes.idle());
    }
    return medianOf(samples, { name: 'quick-edit-keystroke-to-filtered-2000-items', unit: 'ms', budget: 16 });
  } finally {
    await seeded.close();
  }
}
