#!/usr/bin/env node
/**
 * `npm run test:electronegativity`: Doyensec's Electronegativity over the Electron code (main,
 * preload and the renderer page). Fails on any HIGH or MEDIUM finding that is not accepted, with its
 * reason, in scripts/electronegativity-accepted.json. Runs offline: the tool's own update checks
 * (translations, Electron's release list from GitHub) are switched off, and the network is refused.
 */
require('./offline-network.cjs');
const { join, relative } = require('node:path');
const { readFileSync } = require('node:fs');

const root = join(__dirname, '..');
const tool = join(root, 'node_modules', '@doyensec', 'electronegativity');
/** Needs GitHub's copy of Electron's release notes; Electron is kept current with the dependencies instead. */
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
/**
 * The page is checked on its own (its CSP, its markup); the global checks about main-process code
 * (navigation limits, permission handler) are run with that code, in the first input.
 */
const INPUTS = [
  { path: 'electron', exclude: [] },
  { path: 'src/index.html', exclude: ['LimitNavigationGlobalCheck', 'PermissionRequestHandlerGlobalCheck'] },
];

function configureWords() {
  // What the tool's CLI does, minus the download of newer translations.
  const i18n = require(require.resolve('i18n', { paths: [tool] }));
  i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: join(tool, 'dist', 'locales'), updateFiles: false, objectNotation: true, register: global });
  i18n.setLocale('en-US');
}

/** The runner's own i18n module downloads translations first: it is replaced by the shipped English words. */
function useShippedWords() {
  const Module = require('node:module');
  const path = require.resolve(join(tool, 'dist', 'locales', 'i18n.js'));
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.loaded = true;
  standIn.exports = { __esModule: true, default: () => Promise.resolve(configureWords()) };
  require.cache[path] = standIn;
}

async function main() {
  useShippedWords();
  const run = require(join(tool, 'dist', 'runner.js'));
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const accepted = JSON.parse(readFileSync(join(__dirname, 'electronegativity-accepted.json'), 'utf8')).accepted;
  const findings = [];
  for (const input of INPUTS) {
    const result = await run(
      {
        input: join(root, input.path),
        output: undefined,
        isSarif: false,
        customScan: [],
        excludeFromScan: [...OFFLINE_EXCLUDED, ...input.exclude],
        severitySet: undefined,
        confidenceSet: undefined,
        isRelative: false,
        isVerbose: false,
        electronUpgrade: undefined,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
    for (const error of result.errors) console.log(`  could not read ${relative(root, error.file)}: ${error.message ?? error.error ?? 'parse error'}`);
    for (const issue of result.issues) {
      findings.push({
        check: issue.id,
        file: relative(root, issue.file),
        line: issue.location.line,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        manualReview: Boolean(issue.manualReview),
      });
    }
  }
  const serious = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM');
  const isAccepted = (finding) => accepted.some((entry) => entry.check === finding.check && (entry.file === undefined || entry.file === finding.file));
  const open = serious.filter((finding) => !isAccepted(finding));
  for (const finding of findings) {
    const mark = isAccepted(finding) ? 'accepted' : finding.severity === 'HIGH' || finding.severity === 'MEDIUM' ? 'OPEN' : 'noted';
    console.log(`  ${mark.padEnd(8)} ${finding.severity.padEnd(13)} ${finding.check} ${finding.file}:${finding.line}${finding.manualReview ? ' (review)' : ''}`);
  }
  const count = (severity) => serious.filter((finding) => finding.severity === severity).length;
  console.log(
    `Electronegativity ${require(join(tool, 'package.json')).version} (Electron ${electronVersion}): ${findings.length} findings, ` +
      `HIGH ${count('HIGH')}, MEDIUM ${count('MEDIUM')}, of which accepted ${serious.length - open.length}, open ${open.length}.`,
  );
  if (open.length > 0) {
    console.error('Electronegativity: HIGH or MEDIUM findings without an accepted reason (scripts/electronegativity-accepted.json).');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`Electronegativity could not run: ${error && error.stack ? error.stack : error}`);
  process.exitCode = 1;
});
