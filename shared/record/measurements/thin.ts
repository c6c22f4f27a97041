import type { SeriesPoint } from './series';

/** More points than this make an SVG chart slow and unreadable; the line keeps its shape with fewer. */
export const MAX_CHART_POINTS = 366;

/**
 * At most `max` of the points, chosen to keep the line's shape (largest-triangle-three-buckets):
 * the first and last always stay, and every point kept is a real reading — nothing is averaged
 * or invented. Fewer points than `max` come back as they are.
 */
export function thinPoints<T extends Pick<SeriesPoint, 't' | 'value'>>(points: readonly T[], max: number = MAX_CHART_POINTS): T[] {
  if (points.length <= max || max < 3) return [...points];
  const kept: T[] = [points[0]!];
  const bucketSize = (points.length - 2) / (max - 2);
  let previous = points[0]!;
  for (let bucket = 0; bucket < max - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, points.length - 1);
    // The average of the next bucket is the third corner of the triangle.
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, points.length);
    let avgT = 0;
    let avgValue = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      avgT += points[i]!.t;
      avgValue += points[i]!.value;
    }
    const n = Math.max(nextEnd - nextStart, 1);
    avgT /= n;
    avgValue /= n;
    let best = points[start]!;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const p = points[i]!;
      const area = Math.abs((previous.t - avgT) * (p.value - previous.value) - (previous.t - p.t) * (avgValue - previous.value));
      if (area > bestArea) {
        bestArea = area;
        best = p;
      }
    }
    kept.push(best);
    previous = best;
  }
  kept.push(points[points.length - 1]!);
  return kept;
}
