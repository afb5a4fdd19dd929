/**
 * Data to a painted list: a snapshot of 2,000 open items reaches the popover (pushed through the page
 * bridge, as the core pushes every snapshot) and the checklist is painted. The renderer puts the first
 * 30 rows in at once and the rest a chunk per frame, so two figures, each with its budget: the first
 * screen and every row in the page. Median of several runs in one page, each starting from an empty list.
 */
import { generateItems } from '../../tests/fake-omi/sample-items';
import { median, rounded, type Figure } from './figure';
import { launchSeededApp } from './seeded-app';

const ITEMS = 2_000;
const RUNS = 9;
/** The renderer's first chunk (FIRST_ROWS in src/lib/row-budget.svelte.ts): several screenfuls. */
const FIRST_SCREEN_ROWS = 30;
/**
 * Every row: the renderer adds ROWS_PER_FRAME (150) rows a frame after the first 30, so 2,000 rows take
 * 14 frames, about 230 ms at 60 Hz when each chunk fits its frame; the budget allows twice that.
 */
const ALL_ROWS_BUDGET_MS = 500;

export async function listPaint(): Promise<Figure[]> {
  // Open items only: every one is a row (old completed items are not shown), due dates around today.
  const seeded = await launchSeededApp(generateItems(ITEMS, { completed: false, now: new Date() }), ITEMS);
  try {
    const runs = await seeded.app.page.evaluate(
      ([runs, firstRows]) => window.__benchProbes.listPaint(runs, firstRows),
      [RUNS + 1, FIRST_SCREEN_ROWS] as const,
    );
    // The first run also warms up the page's code, which a popover open for a while has done too.
    const measured = runs.slice(1);
    return [
      { name: 'list-first-screen-2000-items', value: rounded(median(measured.map((run) => run.firstScreen))), unit: 'ms', budget: 100 },
      { name: 'list-all-rows-2000-items', value: rounded(median(measured.map((run) => run.allRows))), unit: 'ms', budget: ALL_ROWS_BUDGET_MS },
    ];
  } finally {
    await seeded.close();
  }
}
