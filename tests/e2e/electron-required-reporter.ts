/**
 * A Playwright reporter, on only with REQUIRE_ELECTRON=1: fails the run when no test of the
 * `electron` project passed (see ./electron-project). Playwright itself exits 0 when all are skipped.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { electronRunProblem, type Outcome } from './electron-project';

export default class ElectronRequiredReporter implements Reporter {
  private readonly outcomes: Outcome[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (test.parent.project()?.name === 'electron') this.outcomes.push(result.status);
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    const problem = electronRunProblem(this.outcomes);
    if (problem === null) return undefined;
    process.stderr.write(`\n${problem}\n`);
    return { status: result.status === 'passed' ? 'failed' : result.status };
  }
}
