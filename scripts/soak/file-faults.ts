/**
 * Soak (c): every data file (the app's own list, core/storage/data-files) damaged in every way a disk
 * or another program damages it — corrupt bytes, cut short, empty, the wrong JSON type, unreadable
 * (EACCES, for the whole start) and busy (EBUSY, on the first read only; injected, since permissions
 * do not stop root) — while three edits wait unsent. The setup writes every file: settings, a pause
 * of reminders, a sync, a look at the popover, a dismissed suggestion and a conversation shown.
 * The app must start (no crash), take one more edit, and either deliver the waiting edits or, where
 * the damage reached them, keep the damaged file aside and say that unsent edits were in it. Figure
 * soak-file-faults-cases counts the cases tried (files × faults); a file the setup did not write is
 * a missing fault target.
 */
import { promises as fsPromises } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILES } from '../../electron/core/storage/data-files';
import type { Figure } from '../bench/figure';
import { removeScratchFolder, scratchFolder } from './scratch-folder';
import type { FakeOmi } from '../../tests/fake-omi/server';
import { hostCore, type CoreHandle } from './core-host';
import { fastClock, sleep, type FastClockSpec } from './fast-clock';
import { IntendedState } from './intended-state';
import { SOAK_SPEED, SOAK_START } from './random-edits';
import type { SeededRandom } from './seeded-random';
import type { SoakFindings } from './soak-findings';
import { drained, SOAK_KEY, soakServer } from './soak-server';

const FILE_FAULTS = ['corrupt', 'truncated', 'empty', 'wrong-type', 'EACCES', 'EBUSY'] as const;
type FileFault = (typeof FILE_FAULTS)[number];

const TICKED = 'soak-seed-1';
const RENAMED = 'soak-seed-2';
const RENAMED_TO = 'Soak kept edit: renamed while offline';
const CREATED = 'Soak kept edit: created while offline';
const LATER = 'soak-seed-3';
/** The conversation the setup showed (kept in conversations.json), shown again after each damage. */
const SHOWN_CONVERSATION = 'soak-conv-1';
/** Words that tell the user a file could not be read (core/storage/file-notice). */
const SAYS_NOT_READ = /could not be read/;
/** Words that tell the user unsent edits were in a file set aside. */
const SAYS_EDITS_KEPT = /unsent|not (yet )?(been )?sent|waiting|edit|change/i;

export interface FileFaultsOptions {
  random: SeededRandom;
  log: (line: string) => void;
  findings: SoakFindings;
  /** The files to damage: every data file unless a test asks for fewer (a name the app never writes is a missing target). */
  files?: readonly string[];
  /** The ways to damage them: every one unless a test asks for fewer. */
  faults?: readonly FileFault[];
}

export async function fileFaultsSoak(options: FileFaultsOptions): Promise<Figure[]> {
  // Slower than the edit soaks: nothing here needs hours, and a busy machine must not make the setup time out.
  const spec: FastClockSpec = { startMs: SOAK_START, realStartMs: Date.now(), speed: SOAK_SPEED / 10 };
  const clock = fastClock(spec);
  // One conversation Omi heard: a suggestion to dismiss and a conversation to show, so their files are written.
  const fake = await soakServer(clock.now, new IntendedState(), 6, 1);
  const seeds = fake.items();
  const root = await scratchFolder('soak-files');
  const crashes: string[] = [];
  const lost: string[] = [];
  const unreported: string[] = [];
  /** Refused in words (not a crash, not a loss): shown for reading. */
  const refusals: string[] = [];
  let cases = 0;
  const onCrash = (error: unknown) => crashes.push(`unhandled: ${String(error)}`);
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
  try {
    const template = join(root, 'template');
    await prepareTemplate(template, fake, clock, spec);
    const present = new Set(await readdir(template));
    for (const file of options.files ?? Object.values(DATA_FILES)) {
      if (!present.has(file)) {
        options.findings.missingFaultTarget(
          `${file}: the app wrote none in this setup, so none of its faults was tried`,
        );
        continue;
      }
      for (const fault of options.faults ?? FILE_FAULTS) {
        const name = `${file} ${fault}`;
        cases += 1;
        const dataDir = join(root, `${file}-${fault}`);
        await cp(template, dataDir, { recursive: true });
        fake.clearItems();
        fake.seed(seeds);
        fake.setRateLimit({});
        const damaged = await damage(join(dataDir, file), fault);
        const crashesBefore = crashes.length;
        const injected = injectReadError(join(dataDir, file), fault);
        let warnings: string[] = [];
        try {
          const core = await hostCore({ dataDir, apiBaseUrl: fake.url, apiKey: SOAK_KEY, clock });
          await editLater(core, refusals, name, (ms) => sleep(spec, ms));
          // The conversation kept on disk is read when its panel opens.
          const shown = await core.act({ kind: 'show-conversation', conversationId: SHOWN_CONVERSATION });
          if (!shown.ok)
            lost.push(`${name}: the conversation shown before could not be shown (${shown.message ?? ''})`);
          await drained(
            () => core.view(),
            (ms) => sleep(spec, ms),
            10 * 60_000,
            clock.now,
          );
          warnings = (await core.view()).warnings;
          await core.quit();
        } catch (error) {
          crashes.push(`${name}: ${String(error)}`);
        } finally {
          injected.remove();
        }
        try {
          const again = await hostCore({ dataDir, apiBaseUrl: fake.url, apiKey: SOAK_KEY, clock });
          await drained(
            () => again.view(),
            (ms) => sleep(spec, ms),
            10 * 60_000,
            clock.now,
          );
          await again.quit();
        } catch (error) {
          crashes.push(`${name}, the start after: ${String(error)}`);
        }
        if (crashes.length > crashesBefore) continue;
        const server = fake.items();
        const later = server.find((item) => item.id === LATER)?.completed === true;
        const delivered =
          server.find((item) => item.id === TICKED)?.completed === true &&
          server.find((item) => item.id === RENAMED)?.description === RENAMED_TO &&
          server.filter((item) => item.description === CREATED).length === 1;
        if (!later && !refusals.some((line) => line.startsWith(`${name}:`)))
          lost.push(`${name}: the edit made after the damage did not arrive`);
        // A busy file reads at the next try, and needs no words; any other damage is said.
        if (fault !== 'EBUSY' && !warnings.some((warning) => SAYS_NOT_READ.test(warning)))
          unreported.push(`${name}: no notice says the file could not be read (${JSON.stringify(warnings)})`);
        const editsWereInside = file === 'outbox.json' && damaged !== null && damaged.includes(CREATED);
        if (file === 'outbox.json' && damaged !== null) {
          if (!editsWereInside) continue;
          const keptAside = await keptAsideCopy(dataDir, damaged);
          if (!keptAside) lost.push(`${name}: the damaged pending-edits file was not kept aside`);
          else if (!warnings.some((warning) => SAYS_EDITS_KEPT.test(warning)))
            unreported.push(`${name}: the notice does not say unsent edits were in it (${JSON.stringify(warnings)})`);
        } else if (!delivered)
          lost.push(
            `${name}: the three waiting edits were not all delivered (${JSON.stringify(server.filter((item) => [TICKED, RENAMED].includes(item.id) || item.description === CREATED))})`,
          );
      }
    }
  } finally {
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
    options.findings.contractViolations(fake.takeViolations());
    await fake.close();
    await removeScratchFolder(root);
  }
  for (const line of [...crashes, ...lost, ...unreported, ...refusals].slice(0, 24)) options.log(`    ${line}`);
  options.log(
    `  ${cases} cases: ${(options.files ?? Object.values(DATA_FILES)).join(', ')}, each ${(options.faults ?? FILE_FAULTS).join(', ')}`,
  );
  return [
    { name: 'soak-file-faults-cases', value: cases, unit: 'cases', budget: null },
    { name: 'soak-file-faults-crashes', value: crashes.length, unit: 'crashes', budget: 0 },
    { name: 'soak-file-faults-edits-lost', value: lost.length, unit: 'cases', budget: 0 },
    { name: 'soak-file-faults-unreported', value: unreported.length, unit: 'cases', budget: 0 },
  ];
}

/** A data folder with every file written and three edits waiting (made while the server was down). */
async function prepareTemplate(
  dataDir: string,
  fake: FakeOmi,
  clock: ReturnType<typeof fastClock>,
  spec: FastClockSpec,
): Promise<void> {
  const core = await hostCore({ dataDir, apiBaseUrl: fake.url, apiKey: SOAK_KEY, clock });
  await expectOk(core, { kind: 'reminder-lead', minutes: 15 });
  await expectOk(core, { kind: 'pause-reminders', until: new Date(clock.now() + 3_600_000).toISOString() });
  for (let tries = 1; !(await core.act({ kind: 'refresh' })).ok; tries++) {
    if (tries === 5) throw new Error('the setup could not sync with the fake server');
    await sleep(spec, 30_000);
  }
  // A look at the popover (the list as last seen, and the conversations' suggestions).
  await expectOk(core, { kind: 'open-popover' });
  let suggestions = (await core.view()).suggestions;
  for (let tries = 0; suggestions.length === 0 && tries < 20; tries++) {
    await sleep(spec, 3_000);
    suggestions = (await core.view()).suggestions;
  }
  const [dismissed] = suggestions;
  if (dismissed === undefined) throw new Error('the setup saw no suggestion to dismiss');
  await expectOk(core, { kind: 'dismiss-suggestion', key: dismissed.key });
  if (dismissed.conversationId !== SHOWN_CONVERSATION)
    throw new Error(`the setup's suggestion came from ${dismissed.conversationId}, not ${SHOWN_CONVERSATION}`);
  await expectOk(core, { kind: 'show-conversation', conversationId: SHOWN_CONVERSATION });
  fake.setDown(true);
  await expectOk(core, { kind: 'update', id: TICKED, changes: { completed: true } });
  await expectOk(core, { kind: 'update', id: RENAMED, changes: { description: RENAMED_TO } });
  await expectOk(core, { kind: 'create', description: CREATED, dueAt: null });
  await core.quit();
  fake.setDown(false);
  const outbox = await readFile(join(dataDir, 'outbox.json'), 'utf8').catch(() => '');
  if (!outbox.includes(CREATED)) throw new Error('the setup could not leave edits waiting in outbox.json');
}

async function expectOk(core: CoreHandle, action: Parameters<CoreHandle['act']>[0]): Promise<void> {
  const answer = await core.act(action);
  if (!answer.ok) throw new Error(`the setup's ${action.kind} was refused: ${answer.message ?? ''}`);
}

/** The person ticks one more item once the app shows it (a damaged items.json shows nothing until a sync). */
async function editLater(
  core: CoreHandle,
  refusals: string[],
  name: string,
  wait: (ms: number) => Promise<void>,
): Promise<void> {
  for (let tries = 0; tries < 20 && !(await core.view()).items.some((item) => item.id === LATER); tries++) {
    if (tries % 5 === 4) await core.act({ kind: 'refresh' });
    await wait(3_000);
  }
  const answer = await core.act({ kind: 'update', id: LATER, changes: { completed: true } });
  if (!answer.ok) refusals.push(`${name}: the edit after the damage was refused: ${answer.message ?? ''}`);
}

/** Writes the damage; the damaged text, or null for faults that leave the bytes alone. */
async function damage(path: string, fault: FileFault): Promise<string | null> {
  const text = await readFile(path, 'utf8');
  let damaged: string;
  switch (fault) {
    case 'corrupt': {
      const middle = Math.floor(text.length / 2);
      damaged = `${text.slice(0, middle)}\u0000\u0000#%{${text.slice(middle + 6)}`;
      break;
    }
    case 'truncated':
      damaged = text.slice(0, Math.floor(text.length * 0.6));
      break;
    case 'empty':
      damaged = '';
      break;
    case 'wrong-type':
      damaged = `[${text.trim()}]\n`;
      break;
    case 'EACCES':
    case 'EBUSY':
      return null;
  }
  await writeFile(path, damaged, 'utf8');
  return damaged;
}

/** EACCES on every read of `path` until removed; EBUSY on the first read only. */
function injectReadError(path: string, fault: FileFault): { remove(): void } {
  if (fault !== 'EACCES' && fault !== 'EBUSY') return { remove: () => undefined };
  const original = fsPromises.readFile;
  let left = fault === 'EBUSY' ? 1 : Infinity;
  const failing = ((file: Parameters<typeof original>[0], ...rest: unknown[]) => {
    if (String(file) === path && left > 0) {
      left -= 1;
      const error = Object.assign(
        new Error(`${fault}: ${fault === 'EACCES' ? 'permission denied' : 'resource busy or locked'}, open '${path}'`),
        { code: fault, errno: fault === 'EACCES' ? -13 : -16, syscall: 'open', path },
      );
      return Promise.reject(error);
    }
    return (original as (...args: unknown[]) => Promise<unknown>)(file, ...rest);
  }) as typeof original;
  fsPromises.readFile = failing;
  syncBuiltinESMExports();
  return {
    remove() {
      fsPromises.readFile = original;
      syncBuiltinESMExports();
    },
  };
}

/** Whether some file beside the original holds the damaged bytes (moved or copied aside). */
async function keptAsideCopy(dataDir: string, damaged: string): Promise<boolean> {
  for (const name of await readdir(dataDir)) {
    if (name === 'outbox.json') continue;
    const text = await readFile(join(dataDir, name), 'utf8').catch(() => null);
    if (text === damaged) return true;
  }
  return false;
}
