/** Timing helpers for the bench: warm-up is the caller's job; these take the median of several runs. */

export interface Timing {
  /** Median wall time of one run, in milliseconds. */
  medianMs: number;
  runsMs: number[];
  /**
   * Median CPU time (user + system, all threads of this process) of one run: less sensitive than
   * wall time to other programs sharing the machine.
   */
  cpuMedianMs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

export function timeSync(runs: number, work: () => void): Timing {
  const runsMs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    work();
    runsMs.push(performance.now() - start);
    cpu.push(cpuMs(startCpu));
  }
  return { medianMs: median(runsMs), runsMs, cpuMedianMs: median(cpu) };
}

export async function timeAsync(runs: number, work: () => Promise<void>): Promise<Timing> {
  const runsMs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await work();
    runsMs.push(performance.now() - start);
    cpu.push(cpuMs(startCpu));
  }
  return { medianMs: median(runsMs), runsMs, cpuMedianMs: median(cpu) };
}

/** "12,345" style for counts and rates; ms with one decimal. */
export const count = (n: number): string => Math.round(n).toLocaleString("en-US");
export const ms = (n: number): string => n.toFixed(1);
export const perSecond = (items: number, timing: Timing): number => (items * 1000) / timing.medianMs;
export const describe = (t: Timing): string =>
  `median ${ms(t.medianMs)} ms of ${t.runsMs.length} runs (${t.runsMs.map(ms).join(", ")}), ` +
  `CPU median ${ms(t.cpuMedianMs)} ms`;
