/**
 * Soak (b): the edits of soak (a) with the core in a child process that is SIGKILLed at random moments
 * (while it sends, retries, writes its files) and started again on the same data folder. An edit the
 * app accepted before the kill is intended; then the network recovers, a last clean run sends what
 * waits, the server is judged, and the data folder is searched for temp files left behind.
 */
import { readdir, rm } from 'node:fs/promises';
import { DEFAULT_TIMEOUT_MS } from '../../electron/core/api/http-transport';
import type { Figure } from '../bench/figure';
import { scratchFolder } from './scratch-folder';
import { startChildCore } from './child-core';
import { EditSession } from './edit-session';
import { fastClock, type FastClockSpec } from './fast-clock';
import { IntendedState, refusedRequests } from './intended-state';
import { explainLoss } from './loss-report';
import { injectRandomFaults } from './random-faults';
import { SOAK_SPEED, SOAK_START } from './random-edits';
import type { SeededRandom } from './seeded-random';
import type { SoakFindings } from './soak-findings';
import { drained, SOAK_KEY, soakServer } from './soak-server';
import { conversationReadsFigure } from './conversation-use';

export interface KillSoakOptions {
  random: SeededRandom;
  edits: number;
  kills: number;
  failureRate: number;
  log: (line: string) => void;
  findings: SoakFindings;
}

export async function killSoak(options: KillSoakOptions): Promise<Figure[]> {
  const spec: FastClockSpec = { startMs: SOAK_START, realStartMs: Date.now(), speed: SOAK_SPEED };
  const clock = fastClock(spec);
  const intended = new IntendedState();
  const fake = await soakServer(clock.now, intended, 40, 8);
  const dataDir = await scratchFolder('soak-kill');
  const random = options.random.fork('kills');
  const session = new EditSession(intended, options.random.fork('edits'), 'b', clock.now);
  const killAfter = new Set<number>();
  while (killAfter.size < Math.min(options.kills, options.edits)) killAfter.add(random.int(0, options.edits - 1));
  const told = new Set<string>();
  const config = { dataDir, apiBaseUrl: fake.url, apiKey: SOAK_KEY, clock: spec };
  let kills = 0;
  try {
    const faults = injectRandomFaults(
      fake,
      options.random.fork('faults'),
      options.failureRate,
      DEFAULT_TIMEOUT_MS / spec.speed,
    );
    let core = await startChildCore(config);
    // Edits made, not tries: a try that found nothing to aim at is no edit (at most five tries an edit).
    for (let edit = 0; session.editsMade < options.edits && edit < 5 * options.edits; edit++) {
      await session.edit(core);
      const gapMs = random.int(1_000, 20_000) / spec.speed;
      if (killAfter.has(edit)) {
        await new Promise((resolve) => setTimeout(resolve, random.next() * gapMs));
        for (const description of (await core.view()).told) told.add(description);
        await core.kill();
        kills += 1;
        core = await startChildCore(config);
      } else await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    faults.stop();
    const empty = await drained(
      () => core.view(),
      (ms) => new Promise((resolve) => setTimeout(resolve, ms / spec.speed)),
      3 * 3_600_000,
      clock.now,
    );
    for (const description of (await core.view()).told) told.add(description);
    await core.quit();
    const leftovers = (await readdir(dataDir)).filter((name) => name.endsWith('.tmp'));
    const judgement = intended.judge(fake.items(), told, refusedRequests(fake.requests()));
    options.findings.toldWithoutCause(judgement.toldWithoutCause);
    options.findings.editsNotMade(Math.max(0, options.edits - session.editsMade));
    options.findings.contractViolations(fake.takeViolations());
    options.log(
      `  ${kills} kills; ${session.editsMade} edits made (${session.tally.accepted} accepted) in ${session.tally.tried} tries; outbox ${empty ? 'emptied' : 'NOT emptied'}; refused and told: ${judgement.told}, told without cause: ${judgement.toldWithoutCause}; temp files left: ${leftovers.join(', ') || 'none'}`,
    );
    options.log(
      `  suggestions added: ${session.tally.suggestionsAdded}, offered again after they were added: ${session.tally.offeredAgain}`,
    );
    for (const line of judgement.details.slice(0, 12)) options.log(`    ${line}`);
    const requests = fake.requests();
    for (const item of judgement.lostItems.slice(0, 3))
      for (const line of explainLoss(item, fake.items(), requests, (serial) => faults.counts.bySerial.get(serial)))
        options.log(`    ${line}`);
    return [
      { name: 'soak-kill-edits-lost', value: judgement.lost, unit: 'edits', budget: 0 },
      { name: 'soak-kill-duplicates', value: judgement.duplicates, unit: 'items', budget: 0 },
      { name: 'soak-kill-unintended-changes', value: judgement.unintended, unit: 'changes', budget: 0 },
      conversationReadsFigure('kill', fake.requests()),
      { name: 'soak-leftover-temp-files', value: leftovers.length, unit: 'files', budget: 0 },
    ];
  } finally {
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
