import type { Measurement, MeasurementType } from '../../model/measurement';
import { convertUnit, defaultUnit, normalizeUnit, unitOfReading } from './units';

/** The fields a chart or list needs from a measurement (tests and imports can build these freely). */
export type Reading = Pick<Measurement, 'id' | 'type' | 'customName' | 'takenAt' | 'value' | 'value2' | 'unit'>;

/**
 * One line of readings: a fixed type ("weight"), or a custom measure by its name
 * ("custom:steps") — "Steps" and "steps " are the same series.
 */
export type SeriesKey = Exclude<MeasurementType, 'custom'> | `custom:${string}`;

const TYPE_ORDER: readonly Exclude<MeasurementType, 'custom'>[] = ['bloodPressure', 'weight', 'bloodSugar', 'a1c', 'pain'];

export function customSeriesKey(name: string): SeriesKey {
  return `custom:${name.trim().toLocaleLowerCase()}`;
}

export function seriesKeyOf(reading: Pick<Reading, 'type' | 'customName'>): SeriesKey {
  return reading.type === 'custom' ? customSeriesKey(reading.customName) : reading.type;
}

export function typeOfKey(key: SeriesKey): MeasurementType {
  return key.startsWith('custom:') ? 'custom' : (key as MeasurementType);
}

/** Oldest first, by the time taken (YYYY-MM-DDTHH:mm sorts as text); ties keep a stable order by id. */
export function byTime(a: Pick<Reading, 'takenAt' | 'id'>, b: Pick<Reading, 'takenAt' | 'id'>): number {
  return a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The newest reading first: what the list shows. */
export function newestFirst<T extends Reading>(readings: readonly T[]): T[] {
  return [...readings].sort((a, b) => byTime(b, a));
}

/** Readings of one series ("all" = every reading), newest first. */
export function readingsOf<T extends Reading>(readings: readonly T[], key: SeriesKey | 'all'): T[] {
  return newestFirst(key === 'all' ? readings : readings.filter((r) => seriesKeyOf(r) === key));
}

export function latestOf<T extends Reading>(readings: readonly T[], key: SeriesKey): T | undefined {
  let latest: T | undefined;
  for (const reading of readings) if (seriesKeyOf(reading) === key && (!latest || byTime(reading, latest) > 0)) latest = reading;
  return latest;
}

export interface SeriesOption {
  key: SeriesKey;
  type: MeasurementType;
  /** For custom series: the name as written in the newest reading. */
  customName: string;
  count: number;
}

/** The series a person has readings of: the fixed types in a set order, then custom ones by name. */
export function seriesOptions(readings: readonly Reading[]): SeriesOption[] {
  const found = new Map<SeriesKey, { option: SeriesOption; newest: string }>();
  for (const reading of readings) {
    const key = seriesKeyOf(reading);
    const seen = found.get(key);
    if (!seen) found.set(key, { option: { key, type: reading.type, customName: reading.customName.trim(), count: 1 }, newest: reading.takenAt });
    else {
      seen.option.count += 1;
      if (reading.takenAt > seen.newest) {
        seen.newest = reading.takenAt;
        seen.option.customName = reading.customName.trim();
      }
    }
  }
  const options = [...found.values()].map((entry) => entry.option);
  const rank = (o: SeriesOption): number => (o.type === 'custom' ? TYPE_ORDER.length : TYPE_ORDER.indexOf(o.type));
  return options.sort((a, b) => rank(a) - rank(b) || a.customName.localeCompare(b.customName));
}

/** The unit people use for a series: the one of the newest reading, else the type's usual one. */
export function preferredUnit(readings: readonly Reading[], key: SeriesKey): string {
  const latest = latestOf(readings, key);
  return latest ? unitOfReading(latest) : defaultUnit(typeOfKey(key));
}

export interface SeriesPoint {
  id: string;
  takenAt: string;
  /** takenAt as a number for the time axis (the wall-clock time read as UTC, so no time zone moves it). */
  t: number;
  value: number;
  /** Blood pressure's bottom number; null for every other type. */
  value2: number | null;
}

export interface Series {
  key: SeriesKey;
  type: MeasurementType;
  unit: string;
  /** Oldest first. */
  points: SeriesPoint[];
  /** Readings of this series left out because their unit cannot be turned into `unit`. */
  otherUnits: number;
}

export function timeOf(takenAt: string): number {
  return Date.parse(`${takenAt}:00Z`);
}

/**
 * The readings of one series as points in one unit, oldest first. Weight and blood sugar
 * are converted (lb ↔ kg, mg/dL ↔ mmol/L); a reading in a unit that cannot be converted is
 * left out and counted, never drawn on the wrong scale.
 */
export function buildSeries(readings: readonly Reading[], key: SeriesKey, unit: string = preferredUnit(readings, key)): Series {
  const points: SeriesPoint[] = [];
  let otherUnits = 0;
  const chosen = normalizeUnit(unit);
  for (const reading of readings) {
    if (seriesKeyOf(reading) !== key) continue;
    const value = convertUnit(reading.value, unitOfReading(reading), chosen);
    if (value === null) {
      otherUnits += 1;
      continue;
    }
    const value2 = reading.type === 'bloodPressure' ? reading.value2 : null;
    points.push({ id: reading.id, takenAt: reading.takenAt, t: timeOf(reading.takenAt), value, value2 });
  }
  points.sort(byTime);
  return { key, type: typeOfKey(key), unit: chosen, points, otherUnits };
}
