import type { SeriesPoint } from './series';

export type Trend = 'up' | 'down' | 'steady';

export interface SeriesSummary {
  count: number;
  first: SeriesPoint;
  latest: SeriesPoint;
  lowest: number;
  highest: number;
  /** From the first reading to the latest; null with a single reading. */
  trend: Trend | null;
}

/** Changes smaller than this share of the starting value read as "about the same". */
const STEADY_SHARE = 0.03;

/** What a chart shows, in numbers a sentence can say (points oldest first); null when empty. */
export function summarizeSeries(points: readonly SeriesPoint[]): SeriesSummary | null {
  const first = points[0];
  const latest = points[points.length - 1];
  if (!first || !latest) return null;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const point of points) {
    lowest = Math.min(lowest, point.value);
    highest = Math.max(highest, point.value);
  }
  return { count: points.length, first, latest, lowest, highest, trend: points.length < 2 ? null : trendOf(first.value, latest.value) };
}

export function trendOf(from: number, to: number): Trend {
  const change = to - from;
  if (Math.abs(change) <= STEADY_SHARE * Math.abs(from)) return 'steady';
  return change > 0 ? 'up' : 'down';
}
