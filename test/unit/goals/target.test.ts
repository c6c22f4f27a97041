import { describe, expect, it } from 'vitest';
import { goalInputSchema, type Goal } from '../../../shared/model/goal';
import { compareTo, describeTarget, goalSeriesKey, latestVsTarget, meetsTarget, targetOf } from '../../../shared/record/goals/target';
import type { Reading } from '../../../shared/record/measurements/series';

const goal = (fields: Record<string, unknown>): Goal =>
  ({ ...goalInputSchema.parse({ statement: 'A goal', ...fields }), kind: 'goal', id: 'g', personId: 'p', source: { type: 'manual' }, createdAt: '2025-01-01T10:00:00.000Z', updatedAt: '' }) as Goal;
let counter = 0;
const reading = (fields: Partial<Reading> & Pick<Reading, 'type' | 'value'>): Reading => ({
  id: `r${(counter += 1)}`,
  customName: '',
  takenAt: '2025-05-03T09:00',
  value2: null,
  unit: '',
  ...fields,
});

describe('Goal targets', () => {
  it('compares with each comparator', () => {
    expect([6.9, 7, 7.1].map((v) => compareTo('below', v, 7))).toEqual([true, false, false]);
    expect([6.9, 7, 7.1].map((v) => compareTo('atMost', v, 7))).toEqual([true, true, false]);
    expect([19, 20, 21].map((v) => compareTo('atLeast', v, 20))).toEqual([false, true, true]);
    expect([19, 20, 21].map((v) => compareTo('above', v, 20))).toEqual([false, false, true]);
    expect([66, 66.5, 73.5, 74].map((v) => compareTo('about', v, 70))).toEqual([false, true, true, false]);
  });

  it('needs both blood-pressure numbers to meet a target of two', () => {
    const target = { comparator: 'below', value: 130, value2: 80 } as const;
    expect(meetsTarget(target, { value: 125, value2: 78 })).toBe(true);
    expect(meetsTarget(target, { value: 125, value2: 84 })).toBe(false);
    expect(meetsTarget(target, { value: 135, value2: 70 })).toBe(false);
    expect(meetsTarget({ ...target, value2: null }, { value: 125, value2: 95 })).toBe(true);
  });

  it('reads a goal’s target and what it measures', () => {
    expect(targetOf(goal({ measureType: 'a1c', targetValue: 7 }))).toEqual({ comparator: 'below', value: 7, value2: null, unit: '%' });
    expect(targetOf(goal({ measureType: 'weight', targetValue: 70, targetUnit: 'kgs', targetComparator: 'about' }))).toMatchObject({ unit: 'kg' });
    expect(targetOf(goal({ measureType: 'a1c' }))).toBeNull();
    expect(targetOf(goal({ measureType: 'weight', targetValue: 70, targetValue2: 5 }))?.value2).toBeNull();
    expect(goalSeriesKey(goal({ measureType: 'custom', measureName: ' Minutes walked' }))).toBe('custom:minutes walked');
    expect(goalSeriesKey(goal({ measureType: 'custom' }))).toBeNull();
    expect(goalSeriesKey(goal({}))).toBeNull();
  });

  it('describes the target as data for the screen to word', () => {
    expect(describeTarget(goal({ measureType: 'a1c', targetValue: 7 }))).toEqual({
      measure: { type: 'a1c', name: '' },
      target: { comparator: 'below', value: 7, value2: null, unit: '%' },
    });
    expect(describeTarget(goal({ measureType: 'custom', measureName: 'Minutes walked', targetComparator: 'atLeast', targetValue: 20, targetUnit: 'minutes' }))).toEqual({
      measure: { type: 'custom', name: 'Minutes walked' },
      target: { comparator: 'atLeast', value: 20, value2: null, unit: 'minutes' },
    });
    expect(describeTarget(goal({ measureType: 'pain' }))).toEqual({ measure: { type: 'pain', name: '' }, target: null });
    expect(describeTarget(goal({}))).toBeNull();
  });

  it('compares the latest reading with the target, in the target’s unit', () => {
    const a1c = goal({ measureType: 'a1c', targetValue: 7 });
    const readings = [
      reading({ type: 'a1c', value: 7.9, takenAt: '2025-01-03T09:00' }),
      reading({ type: 'a1c', value: 7.4, takenAt: '2025-05-03T09:00', unit: '%' }),
      reading({ type: 'weight', value: 80, takenAt: '2025-06-03T09:00', unit: 'kg' }),
    ];
    expect(latestVsTarget(a1c, readings)).toMatchObject({ value: 7.4, unit: '%', meets: false, reading: { takenAt: '2025-05-03T09:00' } });
    expect(latestVsTarget(a1c, [...readings, reading({ type: 'a1c', value: 6.8, takenAt: '2025-07-01T09:00' })])).toMatchObject({ value: 6.8, meets: true });
    const weight = goal({ measureType: 'weight', targetComparator: 'atMost', targetValue: 180, targetUnit: 'lb' });
    expect(latestVsTarget(weight, readings)).toMatchObject({ value: 176.4, unit: 'lb', meets: true });
    expect(latestVsTarget(goal({ measureType: 'bloodSugar', targetValue: 100, targetUnit: 'mg/dL' }), readings)).toBeNull();
    expect(latestVsTarget(goal({ measureType: 'weight' }), readings)).toMatchObject({ value: 80, unit: 'kg', meets: null });
    expect(latestVsTarget(goal({ measureType: 'weight', targetValue: 12, targetUnit: 'stone' }), readings)).toMatchObject({ meets: null });
    const bp = goal({ measureType: 'bloodPressure', targetValue: 130, targetValue2: 80 });
    expect(latestVsTarget(bp, [reading({ type: 'bloodPressure', value: 128, value2: 84, unit: 'mmHg' })])).toMatchObject({ value2: 84, meets: false });
    const walk = goal({ measureType: 'custom', measureName: 'Minutes walked', targetComparator: 'atLeast', targetValue: 20 });
    expect(latestVsTarget(walk, [reading({ type: 'custom', customName: 'minutes walked', value: 25 })])).toMatchObject({ meets: true });
  });
});
