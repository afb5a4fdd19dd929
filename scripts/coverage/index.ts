/**
 * `npm run coverage`: line coverage of electron/ and src/ over every run that executes them — the
 * unit and integration tests (vitest), the keychain tests (whose child processes run the built
 * out/main/secret-store.js), and the e2e suite in the `electron-double` and `browser` projects (the
 * built main process and preload under NODE_V8_COVERAGE, the popover pages through Playwright's page
 * coverage). Writes coverage/coverage-summary.json (istanbul json-summary) and
 * coverage/coverage-final.json, and prints each folder beside its target. Slow, so not part of
 * `npm test`. Exits non-zero when a run failed or a folder is below its target, naming each (the
 * figures are still printed). `npm run coverage -- --report-only` reprints the figures from the
 * last run's data without running anything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import libCoverage, { type CoverageMap } from 'istanbul-lib-coverage';
import libReport from 'istanbul-lib-report';
import reports from 'istanbul-reports';
import playwrightConfig from '../../playwright.config';
import { builtCodeCoverage } from './built-code-coverage';
import { coverageExitCode } from './coverage-verdict';
import { folderFigures, folderTable, gapsBelowTarget } from './folder-table';
import { MEASURED_GLOBS, UNMEASURED_GLOBS, measuredPath } from './measured-files';
import { mergeBuiltIntoTested } from './merge-coverage';

const ROOT = resolve(__dirname, '../..');
const COVERAGE_DIR = join(ROOT, 'coverage');
const RAW_DIR = join(COVERAGE_DIR, 'raw');
/** The e2e projects that run the built app here; `electron` needs the Electron binary. */
const E2E_PROJECTS = ['electron-double', 'browser'];

const failedRuns: string[] = [];

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`\n── ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, OMI_TRAY_BUILD_SOURCEMAPS: '1', ...env },
  });
  if (result.status !== 0) failedRuns.push(`${title} (exit ${result.status ?? result.signal})`);
}

function vitestCoverageArgs(reportsDirectory: string, include: readonly string[] = MEASURED_GLOBS): string[] {
  return [
    '--coverage.enabled',
    '--coverage.provider=v8',
    '--coverage.reporter=json',
    // One failing suite must not throw away what every other suite measured (the run still fails).
    '--coverage.reportOnFailure',
    `--coverage.reportsDirectory=${reportsDirectory}`,
    ...include.map((glob) => `--coverage.include=${glob}`),
    ...UNMEASURED_GLOBS.map((glob) => `--coverage.exclude=${glob}`),
  ];
}

async function vitestCoverage(reportsDirectory: string): Promise<CoverageMap> {
  const file = join(ROOT, reportsDirectory, 'coverage-final.json');
  if (!existsSync(file)) return libCoverage.createCoverageMap({});
  return libCoverage.createCoverageMap(JSON.parse(await readFile(file, 'utf8')));
}

/** Every measured file on disk: one missing from the map would be a file hidden from the figure. */
function measuredFilesOnDisk(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (measuredPath(ROOT, path) !== null) found.push(path);
    }
  };
  walk(join(ROOT, 'electron'));
  walk(join(ROOT, 'src'));
  return found;
}

async function main(): Promise<void> {
  const projects = process.argv.includes('--report-only') ? E2E_PROJECTS : await runEverything();
  await report(projects);
}

/** Runs every suite with coverage on; returns the e2e projects that ran. */
async function runEverything(): Promise<string[]> {
  await rm(COVERAGE_DIR, { recursive: true, force: true });
  await mkdir(RAW_DIR, { recursive: true });

  run('unit and integration tests', 'npx', ['vitest', 'run', ...vitestCoverageArgs('coverage/vitest/unit')]);
  // Builds with source maps itself; its child processes run the built keychain adapter. Only
  // electron/ code runs there (its config has no Svelte plugin to read src/ components).
  const keychainArgs = vitestCoverageArgs('coverage/vitest/keychain', ['electron/**/*.ts']);
  run('keychain tests', 'bash', ['scripts/test-keychain.sh', ...keychainArgs], {
    NODE_V8_COVERAGE: join(RAW_DIR, 'node'),
  });
  run('build with source maps', 'npm', ['run', 'build']);
  const known = new Set((playwrightConfig.projects ?? []).map((project) => project.name));
  const projects = E2E_PROJECTS.filter((name) => known.has(name));
  for (const name of E2E_PROJECTS.filter((project) => !known.has(project))) {
    failedRuns.push(`e2e project "${name}" (not in playwright.config.ts)`);
  }
  // Recording coverage slows every page and process: each spec gets more time than in `npm test`.
  // Through the same script as `npm run test:e2e`: the electron-double shell needs its D-Bus keychain.
  const e2eArgs = ['scripts/test-e2e.sh', '--timeout=120000', ...projects.map((name) => `--project=${name}`)];
  run('e2e', 'bash', e2eArgs, {
    OMI_TRAY_COVERAGE_DIR: RAW_DIR,
  });
  return projects;
}

async function report(projects: string[]): Promise<void> {
  console.log('\n── Merging coverage');
  const tested = await vitestCoverage('coverage/vitest/unit');
  tested.merge(await vitestCoverage('coverage/vitest/keychain'));
  const built = await builtCodeCoverage(ROOT, RAW_DIR);
  for (const file of built.unmatched) failedRuns.push(`mapping ${file} (a run ran other text under its name: out/ rebuilt since?)`);
  const merged = mergeBuiltIntoTested(tested, built.map, built.linesRan);
  merged.filter((file) => measuredPath(ROOT, file) !== null);
  const unmeasured = measuredFilesOnDisk().filter((file) => !merged.files().includes(file));
  for (const file of unmeasured) failedRuns.push(`measuring ${measuredPath(ROOT, file)} (no run instrumented it)`);

  const context = libReport.createContext({ dir: COVERAGE_DIR, coverageMap: merged });
  reports.create('json-summary').execute(context);
  reports.create('json').execute(context);

  const pathOf = (file: string) => measuredPath(ROOT, file) ?? file;
  const figures = folderFigures(merged, pathOf);
  console.log(`\nLine coverage over vitest, keychain and e2e (${projects.join(', ')}) runs; ${built.scripts} built scripts mapped.`);
  console.log(`${merged.files().length} files measured; written to coverage/coverage-summary.json\n`);
  console.log(folderTable(figures));
  console.log(gapsBelowTarget(merged, figures, pathOf));
  console.error('');
  process.exit(coverageExitCode(figures, failedRuns, (line) => console.error(line)));
}

main().catch((error: unknown) => {
  console.error('npm run coverage failed:', error);
  process.exit(1);
});
