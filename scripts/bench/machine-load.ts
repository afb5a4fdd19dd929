/** The machine the figures were measured on, in words: its cores and, where the system keeps them, its load averages. */
import { availableParallelism, loadavg } from 'node:os';

export function machineLoad(): string {
  const cores = `${availableParallelism()} cores`;
  // Windows keeps no load average (node:os gives zeros there).
  if (process.platform === 'win32') return cores;
  const [one, five, fifteen] = loadavg().map((load) => load.toFixed(2));
  return `${cores}, load average ${one} (1 min), ${five} (5 min), ${fifteen} (15 min)`;
}
