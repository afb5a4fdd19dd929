/**
 * Whether the `electron` Playwright project runs, and when a run of it counts as green. The project
 * exists only where the Electron binary does: elsewhere it is left out of the config with a banner
 * (never a project of skipped tests that passes). With REQUIRE_ELECTRON=1 (the hosted workflow's
 * Electron steps) a missing binary fails the run, saying where it was looked for, and so does a run in
 * which no `electron` test passed.
 */
export type ElectronProjectDecision =
  { kind: 'run'; binary: string } | { kind: 'leave-out'; banner: string } | { kind: 'fail'; reason: string };

export interface ElectronFacts {
  /** The binary found, or null. */
  binary: string | null;
  /** Where it was looked for, in words. */
  lookedAt: string;
  /** REQUIRE_ELECTRON=1. */
  required: boolean;
  /** What to say when it is missing and not required. */
  missing: string;
}

export function electronProjectDecision(facts: ElectronFacts): ElectronProjectDecision {
  if (facts.binary !== null) return { kind: 'run', binary: facts.binary };
  if (facts.required) {
    return {
      kind: 'fail',
      reason: `REQUIRE_ELECTRON=1 but the Electron binary is missing: looked for ${facts.lookedAt}. Run \`node scripts/ensure-electron.mjs\` (or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron) first.`,
    };
  }
  const bar = '!'.repeat(100);
  return {
    kind: 'leave-out',
    banner: `\n${bar}\n${facts.missing}\nThe "electron" project is left out of this run (looked for ${facts.lookedAt}).\n${bar}\n`,
  };
}

export function requiresElectron(env: NodeJS.ProcessEnv): boolean {
  return env.REQUIRE_ELECTRON === '1';
}

/** Test outcomes as Playwright's reporter names them. */
export type Outcome = 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';

/**
 * Null when the `electron` project's outcomes may count as green; else why not. Only asked when
 * REQUIRE_ELECTRON=1: at least one `electron` test must have passed (a run that skipped them all, or
 * had none, did not prove the real app works).
 */
export function electronRunProblem(outcomes: readonly Outcome[]): string | null {
  if (outcomes.length === 0) return 'REQUIRE_ELECTRON=1 but no test of the "electron" project ran.';
  if (!outcomes.includes('passed'))
    return `REQUIRE_ELECTRON=1 but none of the ${outcomes.length} "electron" tests passed (${outcomes.filter((o) => o === 'skipped').length} skipped).`;
  return null;
}
