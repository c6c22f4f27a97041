import { describe, expect, it } from 'vitest';
import { hospitalStayInputSchema, hospitalStaySchema } from '../../../shared/model/hospital-stay';
import { blankInput } from '../../../shared/model/care-record';
import { dischargeBeforeAdmission } from '../../../shared/record/hospital-stays/stays';

const messages = (input: unknown): string[] => {
  const result = hospitalStayInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('Hospital stay schema', () => {
  it('needs the day they went in; the rest may wait', () => {
    expect(hospitalStayInputSchema.parse({ admittedOn: '2026-03-01' })).toEqual({
      admittedOn: '2026-03-01',
      dischargedOn: '',
      hospital: '',
      reason: '',
      warningSigns: '',
      whoToCall: '',
      notes: '',
    });
  });

  it('gives each problem its own translation key', () => {
    expect(messages({ admittedOn: '' })).toEqual(['hospitalStay.admittedRequired']);
    expect(messages({})).not.toEqual([]);
    expect(messages({ admittedOn: '3/1/2026' })).toEqual(['date.format']);
    expect(messages({ admittedOn: '2026-02-30' })).toEqual(['date.invalid']);
    expect(messages({ admittedOn: '2026-03-01', dischargedOn: '2026-13-01' })).toEqual(['date.invalid']);
    expect(messages({ admittedOn: '2026-03-01', hospital: 'x'.repeat(201) })).toEqual(['text.tooLong']);
  });

  it('allows a planned discharge day in the future', () => {
    expect(messages({ admittedOn: '2026-03-01', dischargedOn: '2099-03-05' })).toEqual([]);
  });

  it('starts a blank form with empty dates (the schema has no cross-field rule that would stop that)', () => {
    expect(blankInput('hospitalStay')).toMatchObject({ admittedOn: '', dischargedOn: '' });
  });

  it('points out a discharge day before the admission day', () => {
    expect(dischargeBeforeAdmission({ admittedOn: '2026-03-05', dischargedOn: '2026-03-01' })).toBe(true);
    expect(dischargeBeforeAdmission({ admittedOn: '2026-03-05', dischargedOn: '2026-03-05' })).toBe(false);
    expect(dischargeBeforeAdmission({ admittedOn: '2026-03-05', dischargedOn: '' })).toBe(false);
  });

  it('stores kind and meta beside the fields', () => {
    expect(hospitalStaySchema.parse({ admittedOn: '2026-03-01', kind: 'hospitalStay', id: 's', personId: 'p', createdAt: 't', updatedAt: 't' }).kind).toBe(
      'hospitalStay',
    );
  });
});
