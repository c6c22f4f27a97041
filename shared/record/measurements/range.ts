import { addDays } from '../calendar-days';
import type { SeriesPoint } from './series';

/** How far back a chart looks. A year keeps even 2,000 readings readable and quick to draw. */
export const CHART_RANGES = ['3m', '6m', '12m', 'all'] as const;
export type ChartRange = (typeof CHART_RANGES)[number];
export const DEFAULT_CHART_RANGE: ChartRange = '12m';

const RANGE_DAYS: Record<Exclude<ChartRange, 'all'>, number> = { '3m': 91, '6m': 182, '12m': 365 };

/** The first day (YYYY-MM-DD) a range includes, or null for all time. */
export function rangeStart(range: ChartRange, today: string): string | null {
  return range === 'all' ? null : addDays(today, -RANGE_DAYS[range]);
}

/** The points taken on or after the range's first day (points stay oldest first). */
export function pointsInRange<T extends Pick<SeriesPoint, 'takenAt'>>(points: readonly T[], range: ChartRange, today: string): T[] {
  const start = rangeStart(range, today);
  return start === null ? [...points] : points.filter((point) => point.takenAt.slice(0, 10) >= start);
}
