/** The numbers on a chart's side: a range with room around the data, and round steps ("7, 7.5, 8"). */
export interface NiceScale {
  domain: [number, number];
  ticks: number[];
}

/** 1, 2, 2.5 or 5 times a power of ten: the smallest such step at least `raw`. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw - 1e-12);
  return step ?? 10 * power;
}

/**
 * A range and round ticks that hold every value (readings and a target line). A value that
 * would sit on the edge gets one more step of room, so a target line never hides under the
 * axis; a range of values that are all 0 or more never goes below 0. Null with no values.
 */
export function niceScale(values: readonly number[], tickCount = 5): NiceScale | null {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return null;
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (low === high) {
    const pad = Math.abs(low) * 0.1 || 1;
    low -= pad;
    high += pad;
  }
  const step = niceStep((high - low) / (tickCount - 1));
  let start = Math.floor(low / step) * step;
  let end = Math.ceil(high / step) * step;
  if (start >= low - 1e-9) start -= step;
  if (end <= high + 1e-9) end += step;
  if (Math.min(...finite) >= 0) start = Math.max(start, 0);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks: number[] = [];
  for (let tick = start; tick <= end + step / 2; tick += step) ticks.push(Number(tick.toFixed(decimals)));
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks };
}
