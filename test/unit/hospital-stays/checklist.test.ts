import { describe, expect, it } from 'vitest';
import { CHECKLIST_KEYS, proposeChecklist, shouldProposeChecklist } from '../../../shared/record/hospital-stays/checklist';

const stay = (dischargedOn: string, extra: { warningSigns?: string; whoToCall?: string } = {}) => ({ dischargedOn, warningSigns: '', whoToCall: '', ...extra });

describe('Coming home from the hospital: the proposal', () => {
  it('proposes the six items with due dates counted from the discharge day', () => {
    expect(proposeChecklist(stay('2026-03-03'))).toEqual([
      { key: 'followUpVisit', dueDate: '2026-03-05', suggested: true, visitBy: '2026-03-10' },
      { key: 'medicineCheck', dueDate: '2026-03-04', suggested: true },
      { key: 'prescriptionsFilled', dueDate: '2026-03-03', suggested: true },
      { key: 'transport', dueDate: '2026-03-08', suggested: true },
      { key: 'warningSigns', dueDate: '2026-03-03', suggested: true },
      { key: 'whoToCall', dueDate: '2026-03-03', suggested: true },
    ]);
  });

  it('books the follow-up early enough for a visit within 7 days, and the ride before that visit', () => {
    const byKey = Object.fromEntries(proposeChecklist(stay('2026-03-03')).map((item) => [item.key, item]));
    expect(byKey.followUpVisit!.visitBy).toBe('2026-03-10');
    expect(byKey.followUpVisit!.dueDate < byKey.transport!.dueDate).toBe(true);
    expect(byKey.transport!.dueDate < byKey.followUpVisit!.visitBy!).toBe(true);
  });

  it('counts across month and year ends and leap days', () => {
    const dates = (d: string) => proposeChecklist(stay(d)).map((item) => item.dueDate);
    expect(dates('2025-12-30')).toEqual(['2026-01-01', '2025-12-31', '2025-12-30', '2026-01-04', '2025-12-30', '2025-12-30']);
    expect(proposeChecklist(stay('2028-02-27'))[0]).toMatchObject({ dueDate: '2028-02-29', visitBy: '2028-03-05' });
  });

  it('proposes nothing without a discharge day: every date counts from it', () => {
    expect(proposeChecklist(stay(''))).toEqual([]);
  });

  it('leaves unticked what the stay already has written down', () => {
    const items = proposeChecklist(stay('2026-03-03', { warningSigns: 'Fever over 101 F', whoToCall: '' }));
    expect(items.find((i) => i.key === 'warningSigns')?.suggested).toBe(false);
    expect(items.find((i) => i.key === 'whoToCall')?.suggested).toBe(true);
    expect(items).toHaveLength(CHECKLIST_KEYS.length);
  });
});

describe('Coming home from the hospital: when to propose', () => {
  it('proposes for a new stay with a discharge day, and when the discharge day is added for the first time', () => {
    expect(shouldProposeChecklist(undefined, { dischargedOn: '2026-03-03' })).toBe(true);
    expect(shouldProposeChecklist({ dischargedOn: '' }, { dischargedOn: '2026-03-03' })).toBe(true);
  });

  it('does not propose again when other details or the date are edited later, or without a date', () => {
    expect(shouldProposeChecklist({ dischargedOn: '2026-03-03' }, { dischargedOn: '2026-03-03' })).toBe(false);
    expect(shouldProposeChecklist({ dischargedOn: '2026-03-03' }, { dischargedOn: '2026-03-04' })).toBe(false);
    expect(shouldProposeChecklist(undefined, { dischargedOn: '' })).toBe(false);
    expect(shouldProposeChecklist({ dischargedOn: '' }, { dischargedOn: '' })).toBe(false);
  });
});
