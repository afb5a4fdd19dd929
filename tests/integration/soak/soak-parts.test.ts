/**
 * Each real soak part, run briefly, reports what every part must report (SoakFindings) and prints
 * its own figures: a part that dropped a findings call, or a figure, would print a 0 no one measured.
 */
import { describe, expect, it, vi } from 'vitest';
import { fileFaultsSoak } from '../../../scripts/soak/file-faults';
import { killSoak } from '../../../scripts/soak/kill-soak';
import { randomEditsSoak } from '../../../scripts/soak/random-edits';
import { SeededRandom } from '../../../scripts/soak/seeded-random';
import { simulatedHoursSoak } from '../../../scripts/soak/simulated-hours';
import { SoakFindings } from '../../../scripts/soak/soak-findings';

type Finding = 'toldWithoutCause' | 'contractViolations' | 'missingFaultTarget' | 'editsNotMade';

/** Findings that note which of them a part reported, each still counted as the soak counts it. */
function recordingFindings() {
  const findings = new SoakFindings(() => undefined);
  const reported = new Set<Finding>();
  for (const name of ['toldWithoutCause', 'contractViolations', 'missingFaultTarget', 'editsNotMade'] as const) {
    const original = findings[name].bind(findings) as (...args: unknown[]) => void;
    vi.spyOn(findings, name).mockImplementation((...args: unknown[]) => {
      reported.add(name);
      original(...args);
    });
  }
  return { findings, reported: () => [...reported].sort() };
}

const random = () => new SeededRandom(7);
const log = () => undefined;

describe('the soak parts report their findings and figures', () => {
  it('edits: told without cause, edits not made, contract violations', async () => {
    const { findings, reported } = recordingFindings();
    const figures = await randomEditsSoak({ random: random(), edits: 4, runs: 1, failureRate: 0.3, log, findings });
    expect(reported()).toEqual(['contractViolations', 'editsNotMade', 'toldWithoutCause']);
    expect(figures.map((figure) => figure.name)).toEqual([
      'soak-edits-lost',
      'soak-duplicates',
      'soak-unintended-changes',
      'soak-edits-worst-conversation-reads-per-hour',
    ]);
  }, 120_000);

  it('kill: told without cause, edits not made, contract violations', async () => {
    const { findings, reported } = recordingFindings();
    const figures = await killSoak({ random: random(), edits: 4, kills: 1, failureRate: 0.3, log, findings });
    expect(reported()).toEqual(['contractViolations', 'editsNotMade', 'toldWithoutCause']);
    expect(figures.map((figure) => figure.name)).toEqual([
      'soak-kill-edits-lost',
      'soak-kill-duplicates',
      'soak-kill-unintended-changes',
      'soak-kill-worst-conversation-reads-per-hour',
      'soak-leftover-temp-files',
    ]);
  }, 120_000);

  it('files: a file it could not damage, contract violations', async () => {
    const { findings, reported } = recordingFindings();
    const figures = await fileFaultsSoak({
      random: random(),
      log,
      findings,
      files: ['items.json', 'never-written.json'],
      faults: ['corrupt'],
    });
    expect(reported()).toEqual(['contractViolations', 'missingFaultTarget']);
    expect(findings.figures().find((figure) => figure.name === 'soak-missing-fault-targets')?.value).toBe(1);
    expect(figures.map(({ name, value }) => [name, value])).toEqual([
      ['soak-file-faults-cases', 1],
      ['soak-file-faults-crashes', 0],
      ['soak-file-faults-edits-lost', 0],
      ['soak-file-faults-unreported', 0],
    ]);
  }, 120_000);

  it('hours: contract violations', async () => {
    const { findings, reported } = recordingFindings();
    const figures = await simulatedHoursSoak({ random: random(), hours: 0.05, log, findings });
    expect(reported()).toEqual(['contractViolations']);
    expect(figures.map((figure) => figure.name)).toEqual([
      'soak-worst-item-reads-per-hour',
      'soak-worst-item-writes-per-hour',
      'requests-during-retry-after',
      'soak-stale-after-refresh',
      'soak-stranded-after-key-change',
      'soak-hours-worst-conversation-reads-per-hour',
    ]);
  }, 120_000);
});
