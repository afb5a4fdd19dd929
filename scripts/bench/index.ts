/**
 * `npm run bench`: every speed and memory figure with its budget, as `name value unit budget`
 * lines, or as JSON with --json. Figures are printed, never asserted by tests (shared machines are noisy).
 * Needs a built renderer (`npm run build`), which it makes when missing.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { formatFigure, type Figure } from './figure';
import { popoverBundleSize } from './bundle-size';
import { reminderReplan } from './reminder-replan';

type Bench = () => Promise<Figure | Figure[]>;

const benches: Bench[] = [popoverBundleSize, reminderReplan];

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  if (!existsSync('out/renderer/index.html')) execSync('npx electron-vite build', { stdio: 'inherit' });
  const figures: Figure[] = [];
  for (const bench of benches) {
    const result = await bench();
    for (const figure of Array.isArray(result) ? result : [result]) {
      figures.push(figure);
      if (!json) console.log(formatFigure(figure));
    }
  }
  if (json) console.log(JSON.stringify(figures, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
