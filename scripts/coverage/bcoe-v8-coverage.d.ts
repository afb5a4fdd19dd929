/** The part of @bcoe/v8-coverage (plain JavaScript, no types of its own) the coverage script uses. */
declare module '@bcoe/v8-coverage' {
  import type { Profiler } from 'node:inspector';

  interface ScriptCov {
    scriptId: string;
    url: string;
    functions: Profiler.FunctionCoverage[];
  }

  /** One script's coverage from several runs of the same text: counts summed range by range. */
  export function mergeScriptCovs(scriptCovs: readonly ScriptCov[]): ScriptCov | undefined;
}
