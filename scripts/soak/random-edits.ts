/**
 * Soak (a): 500 random edits from several runs of the app on one data folder, 30 % of requests failing
 * at random; then the network recovers, one more run sends what waits, and the server's state is
 * judged against the intended state.
 */
import { DEFAULT_TIMEOUT_MS } from '../../electron/core/api/http-transport';
import type { Figure } from '../bench/figure';
import { removeScratchFolder, scratchFolder } from './scratch-folder';
import { hostCore } from './core-host';
import { EditAfterRetry } from './edit-after-retry';
import { EditSession } from './edit-session';
import { fastClock, sleep, type FastClockSpec } from './fast-clock';
import { IntendedState, refusedRequests } from './intended-state';
import { explainLoss } from './loss-report';
import { injectRandomFaults } from './random-faults';
import type { SeededRandom } from './seeded-random';
import type { SoakFindings } from './soak-findings';
import { drained, SOAK_KEY, soakServer } from './soak-server';
import { conversationReadsFigure } from './conversation-use';

export interface EditSoakOptions {
  random: SeededRandom;
  edits: number;
  runs: number;
  failureRate: number;
  log: (line: string) => void;
  findings: SoakFindings;
}

export const SOAK_START = Date.parse('2026-06-01T08:00:00Z');
/** 100 simulated seconds a real second: a 15 s time limit is 150 ms, loopback answers take a few. */
export const SOAK_SPEED = 100;

export async function randomEditsSoak(options: EditSoakOptions): Promise<Figure[]> {
  const spec: FastClockSpec = { startMs: SOAK_START, realStartMs: Date.now(), speed: SOAK_SPEED };
  const clock = fastClock(spec);
  const intended = new IntendedState();
  const fake = await soakServer(clock.now, intended, 40, 8);
  const dataDir = await scratchFolder('soak');
  const session = new EditSession(intended, options.random.fork('edits'), 'a', clock.now);
  const again = new EditAfterRetry(intended, fake, 'a', clock.now);
  const told = new Set<string>();
  try {
    const faults = injectRandomFaults(
      fake,
      options.random.fork('faults'),
      options.failureRate,
      DEFAULT_TIMEOUT_MS / spec.speed,
    );
    for (let run = 0; run < options.runs; run++) {
      const core = await hostCore({ dataDir, apiBaseUrl: fake.url, apiKey: SOAK_KEY, clock });
      const count = Math.round(options.edits / options.runs);
      // Edits made, not tries: a try that found nothing to aim at is no edit (at most five tries an edit).
      const target = session.editsMade + count;
      for (let tries = 0; session.editsMade < target && tries < 5 * count; tries++) {
        await session.edit(core);
        await sleep(spec, options.random.int(1_000, 20_000));
        await again.maybe(core);
      }
      for (const description of (await core.view()).told) told.add(description);
      await core.quit();
      options.log(
        `  run ${run + 1}: ${session.editsMade} edits made so far, ${faults.counts.requests} requests, ${again.count} edits right after a retry`,
      );
    }
    faults.stop();
    if (process.env.SOAK_DEBUG)
      for (const r of fake.requests())
        options.log(`      ${Math.round((r.at - SOAK_START) / 1000)} ${r.method} ${r.path} ${r.status}`);
    const drainFrom = clock.now();
    const core = await hostCore({ dataDir, apiBaseUrl: fake.url, apiKey: SOAK_KEY, clock });
    const empty = await drained(
      () => core.view(),
      (ms) => sleep(spec, ms),
      3 * 3_600_000,
      clock.now,
    );
    for (const description of (await core.view()).told) told.add(description);
    await core.quit();
    options.log(
      `  the last run sent what waited in ${Math.round((clock.now() - drainFrom) / 60_000)} simulated minutes`,
    );
    const judgement = intended.judge(fake.items(), told, refusedRequests(fake.requests()));
    options.findings.toldWithoutCause(judgement.toldWithoutCause);
    options.findings.editsNotMade(
      Math.max(0, Math.round(options.edits / options.runs) * options.runs - session.editsMade),
    );
    options.log(
      `  ${session.editsMade} edits made (${session.tally.accepted} accepted, ${session.tally.refusedAtOnce} refused at once) in ${session.tally.tried} tries, ${session.tally.nothingToAimAt} found nothing to aim at; faults ${JSON.stringify(faults.counts.faults)}; outbox ${empty ? 'emptied' : 'NOT emptied'}; refused and told: ${judgement.told}, told without cause: ${judgement.toldWithoutCause}`,
    );
    options.log(
      `  suggestions added: ${session.tally.suggestionsAdded}, offered again after they were added: ${session.tally.offeredAgain}`,
    );
    for (const line of judgement.details.slice(0, 12)) options.log(`    ${line}`);
    const requests = fake.requests();
    for (const item of judgement.lostItems.slice(0, 3))
      for (const line of explainLoss(item, fake.items(), requests, (serial) => faults.counts.bySerial.get(serial)))
        options.log(`    ${line}`);
    options.findings.contractViolations(fake.takeViolations());
    return [
      { name: 'soak-edits-lost', value: judgement.lost, unit: 'edits', budget: 0 },
      { name: 'soak-duplicates', value: judgement.duplicates, unit: 'items', budget: 0 },
      { name: 'soak-unintended-changes', value: judgement.unintended, unit: 'changes', budget: 0 },
      conversationReadsFigure('edits', fake.requests()),
    ];
  } finally {
    await fake.close();
    await removeScratchFolder(dataDir);
  }
}
