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
  for (let i = 0; i < warmUps; i += 1) {
    await fn();
    await reset();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
    await reset();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
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
