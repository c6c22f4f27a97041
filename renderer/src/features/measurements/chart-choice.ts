import type { SeriesKey } from '../../../../shared/record/measurements/series';

/**
 * The kind of measurement last looked at or added, so the list opens on its chart and the
 * next quick entry starts on the same type. Kept in memory only: never written anywhere.
 */
let lastSeries: SeriesKey | null = null;
let lastCustomName = '';

export function rememberSeries(key: SeriesKey, customName = ''): void {
  lastSeries = key;
  lastCustomName = customName;
}

export function rememberedSeries(): { key: SeriesKey | null; customName: string } {
  return { key: lastSeries, customName: lastCustomName };
}

/** Now as a datetime-local value (YYYY-MM-DDTHH:mm) in this computer's time zone. */
export function nowLocalMinute(now: Date = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
