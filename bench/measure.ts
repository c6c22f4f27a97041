/**
 * Runs `fn` `runs` times after `warmUps` unmeasured runs and returns the median in milliseconds.
 * Code that runs once per call through many small functions needs a few runs before the engine
 * has compiled it fully; a figure and its baseline are always warmed the same way. `reset`, when
 * given, runs unmeasured after every call, so that each call starts from the same state.
 */
export async function medianMs(
  runs: number,
  fn: () => Promise<unknown>,
  warmUps = 1,
  reset: () => Promise<unknown> = async () => undefined,
): Promise<number> {
  await timesMs(warmUps, fn, reset);
  return median(await timesMs(runs, fn, reset));
}

/** The time of each of `runs` calls of `fn`, in milliseconds; `reset` runs unmeasured after each. */
export async function timesMs(runs: number, fn: () => Promise<unknown>, reset: () => Promise<unknown> = async () => undefined): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
    await reset();
  }
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export interface BenchRow {
  name: string;
  ms: number;
  baseline: string;
  baselineMs: number;
  ratio: number;
  budget: string;
  withinBudget: boolean;
}
