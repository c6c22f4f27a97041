import { describe, expect, it } from 'vitest';
import {
  buildSeries,
  customSeriesKey,
  latestOf,
  newestFirst,
  preferredUnit,
  readingsOf,
  seriesKeyOf,
  seriesOptions,
  type Reading,
} from '../../../shared/record/measurements/series';
import { pointsInRange, rangeStart } from '../../../shared/record/measurements/range';
import { MAX_CHART_POINTS, thinPoints } from '../../../shared/record/measurements/thin';
import { summarizeSeries, trendOf } from '../../../shared/record/measurements/summary';
import { niceScale, niceStep } from '../../../shared/record/measurements/scale';

let counter = 0;
const reading = (fields: Partial<Reading> & Pick<Reading, 'type' | 'takenAt' | 'value'>): Reading => ({
  id: `r${(counter += 1)}`,
  customName: '',
  value2: null,
  unit: '',
  ...fields,
});

describe('Measurement series', () => {
  const readings = [
    reading({ type: 'weight', takenAt: '2025-03-01T08:00', value: 180, unit: 'lb' }),
    reading({ type: 'weight', takenAt: '2025-01-01T08:00', value: 82, unit: 'kg' }),
    reading({ type: 'weight', takenAt: '2025-02-01T08:00', value: 81, unit: 'kg' }),
    reading({ type: 'weight', takenAt: '2025-02-15T08:00', value: 80, unit: 'stone' }),
    reading({ type: 'bloodPressure', takenAt: '2025-02-01T07:00', value: 130, value2: 85, unit: 'mmHg' }),
    reading({ type: 'custom', customName: 'Steps', takenAt: '2025-01-05T20:00', value: 4000, unit: 'steps' }),
    reading({ type: 'custom', customName: ' steps', takenAt: '2025-01-06T20:00', value: 5200, unit: 'steps' }),
    reading({ type: 'custom', customName: 'Oxygen', takenAt: '2025-01-06T20:00', value: 97, unit: '%' }),
    reading({ type: 'a1c', takenAt: '2025-01-10T09:00', value: 7.9 }),
  ];

  it('keys custom series by name, whatever the case or spaces', () => {
    expect(seriesKeyOf({ type: 'custom', customName: ' Steps ' })).toBe(customSeriesKey('steps'));
    expect(seriesKeyOf({ type: 'a1c', customName: 'ignored' })).toBe('a1c');
  });

  it('lists the series a person has, fixed types first, with counts', () => {
    expect(seriesOptions(readings).map((o) => [o.key, o.customName, o.count])).toEqual([
      ['bloodPressure', '', 1],
      ['weight', '', 4],
      ['a1c', '', 1],
      ['custom:oxygen', 'Oxygen', 1],
      ['custom:steps', 'steps', 2],
    ]);
  });

  it('builds a series oldest first in the unit of the newest reading, converting what it can', () => {
    const series = buildSeries(readings, 'weight');
    expect(series.unit).toBe('lb');
    expect(series.points.map((p) => [p.takenAt, p.value])).toEqual([
      ['2025-01-01T08:00', 180.8],
      ['2025-02-01T08:00', 178.6],
      ['2025-03-01T08:00', 180],
    ]);
    expect(series.otherUnits).toBe(1);
    expect(buildSeries(readings, 'weight', 'kg').points.map((p) => p.value)).toEqual([82, 81, 81.6]);
  });

  it('keeps both numbers of blood pressure, and the A1C unit when none was written', () => {
    expect(buildSeries(readings, 'bloodPressure').points).toMatchObject([{ value: 130, value2: 85 }]);
    const a1c = buildSeries(readings, 'a1c');
    expect(a1c.unit).toBe('%');
    expect(a1c.points).toHaveLength(1);
    expect(buildSeries(readings, customSeriesKey('Steps')).points.map((p) => p.value)).toEqual([4000, 5200]);
    expect(buildSeries([], 'bloodSugar')).toEqual({ key: 'bloodSugar', type: 'bloodSugar', unit: 'mg/dL', points: [], otherUnits: 0 });
  });

  it('puts the newest reading first, and finds the latest of a series', () => {
    expect(newestFirst(readings)[0]?.takenAt).toBe('2025-03-01T08:00');
    expect(readingsOf(readings, 'all')).toHaveLength(readings.length);
    expect(readingsOf(readings, customSeriesKey('steps')).map((r) => r.value)).toEqual([5200, 4000]);
    expect(latestOf(readings, 'weight')?.value).toBe(180);
    expect(latestOf(readings, 'pain')).toBeUndefined();
    expect(preferredUnit(readings, 'weight')).toBe('lb');
    expect(preferredUnit([], 'weight')).toBe('kg');
  });

  it('limits a chart to a range of days before today', () => {
    const points = buildSeries(readings, 'weight', 'kg').points;
    expect(rangeStart('3m', '2025-03-31')).toBe('2024-12-30');
    expect(rangeStart('all', '2025-03-31')).toBeNull();
    expect(pointsInRange(points, '3m', '2025-05-01').map((p) => p.takenAt)).toEqual(['2025-02-01T08:00', '2025-03-01T08:00']);
    expect(pointsInRange(points, 'all', '2030-01-01')).toHaveLength(3);
    expect(pointsInRange(points, '12m', '2030-01-01')).toHaveLength(0);
  });
});

describe('Chart points', () => {
  const many = Array.from({ length: 2000 }, (_, i) => ({ t: i * 3_600_000, value: i === 1234 ? 500 : 100 + Math.sin(i / 50) * 10 }));

  it('thins 2,000 readings to at most the chart limit, keeping the ends and peaks, inventing nothing', () => {
    const kept = thinPoints(many);
    expect(kept.length).toBe(MAX_CHART_POINTS);
    expect(kept[0]).toBe(many[0]);
    expect(kept[kept.length - 1]).toBe(many[1999]);
    expect(kept.some((p) => p.value === 500)).toBe(true);
    for (const point of kept) expect(many).toContain(point);
    for (let i = 1; i < kept.length; i++) expect(kept[i]!.t).toBeGreaterThan(kept[i - 1]!.t);
  });

  it('leaves a short series as it is', () => {
    expect(thinPoints(many.slice(0, 10))).toEqual(many.slice(0, 10));
  });

  it('builds a series of 2,000 readings quickly', () => {
    const readings = Array.from({ length: 2000 }, (_, i) =>
      reading({ type: 'bloodSugar', takenAt: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T0${i % 10}:00`, value: 90 + (i % 40), unit: i % 2 ? 'mg/dL' : 'mmol/L' }),
    );
    const started = performance.now();
    const series = buildSeries(readings, 'bloodSugar', 'mg/dL');
    thinPoints(pointsInRange(series.points, 'all', '2025-01-01'));
    expect(series.points).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(250);
  });
});

describe('Series summary', () => {
  it('says how many, the lowest, the highest, the latest and which way it went', () => {
    const points = buildSeries(
      [
        reading({ type: 'a1c', takenAt: '2025-01-01T09:00', value: 8.1 }),
        reading({ type: 'a1c', takenAt: '2025-03-01T09:00', value: 7.2 }),
        reading({ type: 'a1c', takenAt: '2025-05-01T09:00', value: 7.4 }),
      ],
      'a1c',
    ).points;
    expect(summarizeSeries(points)).toMatchObject({ count: 3, lowest: 7.2, highest: 8.1, latest: { value: 7.4 }, first: { value: 8.1 }, trend: 'down' });
    expect(summarizeSeries(points.slice(0, 1))?.trend).toBeNull();
    expect(summarizeSeries([])).toBeNull();
  });

  it('calls a small change steady', () => {
    expect(trendOf(80, 81)).toBe('steady');
    expect(trendOf(80, 90)).toBe('up');
    expect(trendOf(0, 0)).toBe('steady');
    expect(trendOf(0, 2)).toBe('up');
    expect(trendOf(6, 5)).toBe('down');
  });
});

describe('Chart scale', () => {
  it('picks round steps', () => {
    expect([0.3, 0.325, 1, 1.5, 2.2, 4, 7, 30].map(niceStep)).toEqual([0.5, 0.5, 1, 2, 2.5, 5, 10, 50]);
  });

  it('holds every value and a target with room at the edges, in round ticks', () => {
    expect(niceScale([8.3, 7.9, 7.2, 7.4, 7])).toEqual({ domain: [6.5, 8.5], ticks: [6.5, 7, 7.5, 8, 8.5] });
    const pressure = niceScale([142, 91, 124, 79, 130, 80])!;
    expect(pressure.domain[0]).toBeLessThan(79);
    expect(pressure.domain[1]).toBeGreaterThan(142);
    expect(pressure.ticks).toEqual([60, 80, 100, 120, 140, 160]);
  });

  it('never goes below zero for values that cannot, and copes with one value or none', () => {
    expect(niceScale([0, 3, 6])?.domain[0]).toBe(0);
    expect(niceScale([80])).toEqual({ domain: [70, 90], ticks: [70, 75, 80, 85, 90] });
    expect(niceScale([0])?.domain[0]).toBe(0);
    expect(niceScale([-3, 2])?.domain[0]).toBeLessThan(-3);
    expect(niceScale([])).toBeNull();
  });
});
