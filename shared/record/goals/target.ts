import type { Goal, TargetComparator } from '../../model/goal';
import type { MeasurementType } from '../../model/measurement';
import { customSeriesKey, latestOf, type Reading, type SeriesKey } from '../measurements/series';
import { assertNever } from '../../util/assert-never';
import { convertUnit, defaultUnit, normalizeUnit, unitOfReading, unitsFor } from '../measurements/units';

type GoalMeasure = Pick<Goal, 'measureType' | 'measureName' | 'targetComparator' | 'targetValue' | 'targetValue2' | 'targetUnit'>;

export interface GoalTarget {
  comparator: TargetComparator;
  value: number;
  /** Blood pressure's bottom number, when the goal sets one. */
  value2: number | null;
  /** Empty when the measure has no unit (pain, a count). */
  unit: string;
}

/** "About" a number means within this share of it (about 70 kg: 66.5 to 73.5). */
export const ABOUT_SHARE = 0.05;

export function compareTo(comparator: TargetComparator, reading: number, target: number): boolean {
  switch (comparator) {
    case 'below':
      return reading < target;
    case 'atMost':
      return reading <= target;
    case 'atLeast':
      return reading >= target;
    case 'above':
      return reading > target;
    case 'about':
      return Math.abs(reading - target) <= Math.abs(target) * ABOUT_SHARE;
    default:
      return assertNever(comparator);
  }
}

/** Whether a reading meets the target; for blood pressure both numbers must (below 130/80). */
export function meetsTarget(target: Pick<GoalTarget, 'comparator' | 'value' | 'value2'>, reading: { value: number; value2?: number | null }): boolean {
  if (!compareTo(target.comparator, reading.value, target.value)) return false;
  if (target.value2 === null || reading.value2 === undefined || reading.value2 === null) return true;
  return compareTo(target.comparator, reading.value2, target.value2);
}

/** The unit a goal's target is in: as written, else the measure's only unit (A1C → %). */
export function targetUnitOf(goal: GoalMeasure): string {
  if (goal.targetUnit.trim() !== '') return normalizeUnit(goal.targetUnit);
  if (goal.measureType === '' || goal.measureType === 'custom') return '';
  const units = unitsFor(goal.measureType);
  return units?.length === 1 ? defaultUnit(goal.measureType) : '';
}

/** The goal's target, or null when it sets no number. */
export function targetOf(goal: GoalMeasure): GoalTarget | null {
  if (goal.targetValue === null) return null;
  return {
    comparator: goal.targetComparator,
    value: goal.targetValue,
    value2: goal.measureType === 'bloodPressure' ? goal.targetValue2 : null,
    unit: targetUnitOf(goal),
  };
}

/** The series of measurements a goal follows, or null when it has no measure. */
export function goalSeriesKey(goal: Pick<Goal, 'measureType' | 'measureName'>): SeriesKey | null {
  if (goal.measureType === '') return null;
  if (goal.measureType === 'custom') return goal.measureName.trim() === '' ? null : customSeriesKey(goal.measureName);
  return goal.measureType;
}

export interface TargetDescription {
  /** What is measured: a type, or a custom measure by name. Null when the goal has no measure. */
  measure: { type: MeasurementType; name: string } | null;
  target: GoalTarget | null;
}

/**
 * The parts of "A1C below 7 %" or "Minutes walked at least 20", for the screen to put in
 * words in the reader's language. Null when the goal has neither a measure nor a target.
 */
export function describeTarget(goal: GoalMeasure): TargetDescription | null {
  const measure = goal.measureType === '' ? null : { type: goal.measureType, name: goal.measureType === 'custom' ? goal.measureName.trim() : '' };
  const target = targetOf(goal);
  return measure === null && target === null ? null : { measure, target };
}

export interface LatestVsTarget<R extends Reading> {
  reading: R;
  /** The latest reading in the target's unit (converted when needed: lb → kg). */
  value: number;
  value2: number | null;
  unit: string;
  /** Null when there is no target, or the reading's unit cannot be compared with it. */
  meets: boolean | null;
}

/** The newest reading of the goal's measure and whether it meets the target (readings of one person). */
export function latestVsTarget<R extends Reading>(goal: GoalMeasure, readings: readonly R[]): LatestVsTarget<R> | null {
  const key = goalSeriesKey(goal);
  if (key === null) return null;
  const reading = latestOf(readings, key);
  if (!reading) return null;
  const target = targetOf(goal);
  const readingUnit = unitOfReading(reading);
  if (target === null) return { reading, value: reading.value, value2: reading.value2, unit: readingUnit, meets: null };
  const converted = target.unit === '' && readingUnit === '' ? reading.value : convertUnit(reading.value, readingUnit, target.unit);
  if (converted === null) return { reading, value: reading.value, value2: reading.value2, unit: readingUnit, meets: null };
  const value2 = reading.type === 'bloodPressure' ? reading.value2 : null;
  return { reading, value: converted, value2, unit: target.unit, meets: meetsTarget(target, { value: converted, value2 }) };
}
