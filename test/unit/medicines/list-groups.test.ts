import { describe, expect, it } from 'vitest';
import { groupMedications, stoppedOn } from '../../../shared/record/medication/list-groups';
import { med } from './helpers';

const today = '2025-06-30';

describe('groupMedications', () => {
  const meds = [
    med({ name: 'Zolpidem', asNeeded: true }),
    med({ name: 'metformin' }),
    med({ name: 'Amlodipine' }),
    med({ name: 'Ibuprofen', asNeeded: true, status: 'paused' }),
    med({ name: 'Warfarin', status: 'paused' }),
    med({ name: 'Old stop', status: 'stopped', endDate: '2025-01-01' }),
    med({ name: 'Recent stop', status: 'stopped', endDate: '2025-06-01' }),
    med({ name: 'Stopped 90 days ago', status: 'stopped', endDate: '2025-04-01' }),
    med({ name: 'Stopped 91 days ago', status: 'stopped', endDate: '2025-03-31' }),
  ];
  const groups = groupMedications(meds, today);
  const names = (list: { name: string }[]) => list.map((m) => m.name);

  it('taking first, alphabetically whatever the case', () => expect(names(groups.taking)).toEqual(['Amlodipine', 'metformin']));
  it('then as needed', () => expect(names(groups.asNeeded)).toEqual(['Zolpidem']));
  it('then paused (as needed or not)', () => expect(names(groups.paused)).toEqual(['Ibuprofen', 'Warfarin']));
  it('stopped in the last 90 days, latest first', () => expect(names(groups.recentlyStopped)).toEqual(['Recent stop', 'Stopped 90 days ago']));
  it('stopped longer ago, apart', () => expect(names(groups.olderStopped)).toEqual(['Stopped 91 days ago', 'Old stop']));
});

describe('stoppedOn', () => {
  it('uses the stop date, else the last "stopped" entry, else the day it was saved', () => {
    expect(stoppedOn(med({ status: 'stopped', endDate: '2025-01-02' }))).toBe('2025-01-02');
    expect(
      stoppedOn(
        med({
          status: 'stopped',
          history: [
            { date: '2024-02-01', change: 'stopped' },
            { date: '2024-05-01', change: 'stopped' },
            { date: '2024-03-01', change: 'resumed' },
          ],
        }),
      ),
    ).toBe('2024-05-01');
    expect(stoppedOn(med({ status: 'stopped', updatedAt: '2023-07-08T12:00:00.000Z' }))).toBe('2023-07-08');
  });
});
