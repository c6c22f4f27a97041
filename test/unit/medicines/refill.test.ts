import { describe, expect, it } from 'vitest';
import { refillStatus } from '../../../shared/record/medication-refill';

describe('refillStatus', () => {
  it.each([
    [{ lastFillDate: '2025-01-01', daysSupply: 30, refillsLeft: 2 }, '2025-01-31', false],
    [{ lastFillDate: '2024-02-01', daysSupply: 30, refillsLeft: null }, '2024-03-02', false],
    [{ lastFillDate: '2024-12-15', daysSupply: 90, refillsLeft: 0 }, '2025-03-15', true],
    [{ lastFillDate: '', daysSupply: 30, refillsLeft: 0 }, null, true],
    [{ lastFillDate: '2025-01-01', daysSupply: null, refillsLeft: 1 }, null, false],
  ])('%j → next refill %s, new prescription needed: %s', (med, next, needsNew) => {
    expect(refillStatus(med)).toEqual({ nextRefillDate: next, needsNewPrescription: needsNew, daysUntilRefill: null });
  });

  it('counts the days left from today, negative when past', () => {
    const med = { lastFillDate: '2025-01-01', daysSupply: 30, refillsLeft: 1 };
    expect(refillStatus(med, '2025-01-21').daysUntilRefill).toBe(10);
    expect(refillStatus(med, '2025-01-31').daysUntilRefill).toBe(0);
    expect(refillStatus(med, '2025-02-03').daysUntilRefill).toBe(-3);
    expect(refillStatus({ ...med, daysSupply: null }, '2025-02-03').daysUntilRefill).toBeNull();
  });
});
