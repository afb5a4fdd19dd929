/**
 * What every soak part must report besides its own figures, totalled over the parts that ran and
 * printed after them, each budget 0, also when a part has nothing to add:
 *
 * - soak-told-without-cause: a lost edit the app excused with a refusal that did not name that edit
 *   (a refusal excuses only the edits whose values the refused request carried).
 * - soak-contract-violations: requests that broke the API's contract (the fake Omi server refuses them
 *   with a 422, which the app shows as a refusal) or whose answer the fake could not give within it;
 *   each request once, however many rules it and its answer broke.
 * - soak-missing-fault-targets: a file the file-fault soak was told to damage but could not.
 * - soak-edits-not-made: edits a part was told to make that it did not make: an edit is made once the
 *   app answered it (took it to be sent, or refused it at once in words; Omi's answer comes later and
 *   is judged by the lost and told figures), not when it found nothing to aim at.
 */
import type { Figure } from '../bench/figure';
import type { Violation } from '../../tests/fake-omi/server';

export class SoakFindings {
  private toldWithoutCauseCount = 0;
  private requestsOffContract = 0;
  private readonly missingTargets: string[] = [];
  private editsNotMadeCount = 0;

  constructor(private readonly log: (line: string) => void) {}

  toldWithoutCause(count: number): void {
    this.toldWithoutCauseCount += count;
  }

  /** Every violation one fake recorded, each logged; the requests they came from counted. */
  contractViolations(violations: readonly Violation[]): void {
    this.requestsOffContract += new Set(violations.map((violation) => violation.request)).size;
    for (const violation of violations)
      this.log(`    contract: ${violation.direction} ${violation.method} ${violation.path}: ${violation.message}`);
  }

  missingFaultTarget(target: string): void {
    this.missingTargets.push(target);
    this.log(`    MISSING FAULT TARGET: ${target}`);
  }

  editsNotMade(count: number): void {
    this.editsNotMadeCount += count;
  }

  figures(): Figure[] {
    return [
      { name: 'soak-told-without-cause', value: this.toldWithoutCauseCount, unit: 'edits', budget: 0 },
      { name: 'soak-contract-violations', value: this.requestsOffContract, unit: 'requests', budget: 0 },
      { name: 'soak-missing-fault-targets', value: this.missingTargets.length, unit: 'files', budget: 0 },
      { name: 'soak-edits-not-made', value: this.editsNotMadeCount, unit: 'edits', budget: 0 },
    ];
  }
}
