#!/usr/bin/env node
/**
 * `npm run test:electronegativity`: Doyensec's Electronegativity over the Electron code (main,
 * preload), the renderer page, its code (every .ts under src/) and the scripts of every Svelte component. Fails
 * on any HIGH or MEDIUM finding that is not accepted, with its reason, pinned to a file and a line
 * (or a count), in scripts/electronegativity-accepted.json; on an acceptance that no longer
 * matches; on a file the tool could not parse; and when a newer Electron patch of the same major
 * line is on the npm registry (the currency check: the tool's own asks GitHub, which this check
 * replaces with the registry npm itself uses). The tool runs offline (its translation download is
 * refused); only the currency check asks the registry, through npm.
 */
require('./offline-network.cjs');
const { join, relative, dirname } = require('node:path');
const { readFileSync, mkdtempSync, mkdirSync, writeFileSync, readdirSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const tool = join(root, 'node_modules', '@doyensec', 'electronegativity');
/** Needs GitHub's copy of Electron's release notes; checkCurrency below asks the npm registry instead. */
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
/** Global checks about main-process code (navigation limits, permission handler) run with that code only. */
const MAIN_ONLY = ['LimitNavigationGlobalCheck', 'PermissionRequestHandlerGlobalCheck'];
/** The renderer's code holds no CSP of its own: the policy is checked with main and src/index.html. */
const RENDERER_CODE = [...MAIN_ONLY, 'CSPGlobalCheck'];

function configureWords() {
  // What the tool's CLI does, minus the download of newer translations.
  const i18n = require(require.resolve('i18n', { paths: [tool] }));
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: join(tool, 'dist', 'locales'),
    updateFiles: false,
    objectNotation: true,
    register: global,
  });
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

function rendererFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) =>
        entry.isFile() &&
        (entry.name.endsWith('.svelte') || (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The tool reads no .svelte files: each component's <script> blocks are written out as .ts files
 * (blank lines above, so line numbers stay the component's), and findings map back to the component.
 * The renderer's .ts files, spread over its feature folders, are copied beside them as they are.
 */
function rendererScripts() {
  const out = mkdtempSync(join(tmpdir(), 'omi-tray-electronegativity-'));
  const names = new Map();
  for (const file of rendererFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.ts')) {
      const copy = join(out, relative(join(root, 'src'), file));
      mkdirSync(dirname(copy), { recursive: true });
      writeFileSync(copy, text);
      names.set(copy, relative(root, file));
      continue;
    }
    const lines = text.split('\n').map(() => '');
    for (const match of text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
      const start = text.slice(0, match.index + match[0].indexOf('>') + 1).split('\n').length - 1;
      match[1].split('\n').forEach((line, index) => (lines[start + index] = (lines[start + index] ?? '') + line));
    }
    const target = join(out, `${relative(join(root, 'src'), file)}.ts`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, lines.join('\n'));
    names.set(target, relative(root, file));
  }
  return { dir: out, names, remove: () => rmSync(out, { recursive: true, force: true }) };
}

async function scan(run, input, exclude, electronVersion, nameOf) {
  const result = await run(
    {
      input,
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: [...OFFLINE_EXCLUDED, ...exclude],
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
  const errors = result.errors.map(
    (error) => `${nameOf(error.file)}: ${error.message ?? error.error ?? 'parse error'}`,
  );
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    file: nameOf(issue.file),
    line: issue.location.line,
    severity: issue.severity.name,
    manualReview: Boolean(issue.manualReview),
  }));
  return { errors, findings };
}

/** The newest patch of the declared Electron's major line on the npm registry; null (with why) when npm cannot tell. */
function checkCurrency(declared) {
  const major = declared.split('.')[0];
  const answer = spawnSync('npm', ['view', `electron@${major}`, 'version', '--json'], {
    encoding: 'utf8',
    timeout: 60_000,
    shell: process.platform === 'win32',
  });
  if (answer.status !== 0)
    return `The npm registry could not say which Electron ${major} is newest (${(answer.stderr || answer.error || '').toString().trim().split('\n')[0]}).`;
  const versions = [].concat(JSON.parse(answer.stdout)).filter((version) => /^\d+\.\d+\.\d+$/.test(version));
  const newest = versions
    .sort((a, b) =>
      a
        .split('.')
        .map(Number)
        .reduce((order, part, i) => order || part - Number(b.split('.')[i]), 0),
    )
    .at(-1);
  return newest && newest !== declared
    ? `Electron ${declared} is not current: ${newest} is the newest ${major}.x and may carry security fixes.`
    : null;
}

/** Accepted when check, file and line match (or the entry allows a count of findings in the file). */
function acceptance(accepted, findings) {
  const isAccepted = (finding) =>
    accepted.some(
      (entry) =>
        entry.check === finding.check &&
        entry.file === finding.file &&
        (entry.line === undefined || entry.line === finding.line),
    );
  const stale = accepted.filter((entry) => {
    const matching = findings.filter(
      (finding) =>
        finding.check === entry.check &&
        finding.file === entry.file &&
        (entry.line === undefined || entry.line === finding.line),
    );
    return entry.line !== undefined ? matching.length !== 1 : matching.length !== entry.count;
  });
  return { isAccepted, stale };
}

async function main() {
  useShippedWords();
  const run = require(join(tool, 'dist', 'runner.js'));
  const declared = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;
  const accepted = JSON.parse(readFileSync(join(__dirname, 'electronegativity-accepted.json'), 'utf8')).accepted;
  const renderer = rendererScripts();
  const asIs = (file) => relative(root, file);
  const inputs = [
    [join(root, 'electron'), [], asIs],
    [join(root, 'src', 'index.html'), MAIN_ONLY, asIs],
    [renderer.dir, RENDERER_CODE, (file) => renderer.names.get(file) ?? asIs(file)],
  ];
  const findings = [];
  const problems = [];
  try {
    for (const [input, exclude, nameOf] of inputs) {
      const scanned = await scan(run, input, exclude, declared, nameOf);
      findings.push(...scanned.findings);
      problems.push(...scanned.errors.map((error) => `could not parse ${error}`));
    }
  } finally {
    renderer.remove();
  }
  const serious = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM');
  const { isAccepted, stale } = acceptance(accepted, serious);
  const open = serious.filter((finding) => !isAccepted(finding));
  for (const finding of findings) {
    const mark = isAccepted(finding) ? 'accepted' : serious.includes(finding) ? 'OPEN' : 'noted';
    console.log(
      `  ${mark.padEnd(8)} ${finding.severity.padEnd(13)} ${finding.check} ${finding.file}:${finding.line}${finding.manualReview ? ' (review)' : ''}`,
    );
  }
  for (const entry of stale)
    problems.push(
      `the acceptance of ${entry.check} in ${entry.file}${entry.line ? `:${entry.line}` : ` (${entry.count} findings)`} no longer matches; pin it again or remove it`,
    );
  const currency = checkCurrency(declared);
  if (currency) problems.push(currency);
  console.log(
    `Electronegativity ${require(join(tool, 'package.json')).version} (Electron ${declared}): ${findings.length} findings in ${inputs.length} inputs, ` +
      `HIGH or MEDIUM ${serious.length}, of which accepted ${serious.length - open.length}, open ${open.length}.`,
  );
  for (const problem of problems) console.error(`Electronegativity: ${problem}`);
  if (open.length > 0)
    console.error(
      'Electronegativity: HIGH or MEDIUM findings without an accepted reason (scripts/electronegativity-accepted.json).',
    );
  if (open.length > 0 || problems.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`Electronegativity could not run: ${error && error.stack ? error.stack : error}`);
  process.exitCode = 1;
});
