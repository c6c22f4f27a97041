/** Runs `fn` `runs` times after one warm-up and returns the median in milliseconds. */
export async function medianMs(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
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
