import { describe, expect, it } from 'vitest';
import { pauseMedication, resumeMedication, stopMedication } from '../../../shared/record/medication/status-actions';
import { medicationSchema } from '../../../shared/model/medication';
import { med } from './helpers';

const today = '2025-03-10';

describe('pause, resume, stop', () => {
  it('pauses with a dated entry', () => {
    const paused = pauseMedication(med(), today);
    expect(paused.status).toBe('paused');
    expect(paused.history.at(-1)).toEqual({ date: today, change: 'paused', from: '', to: '', reason: '', by: '' });
  });

  it('stops today, with the reason, in the status and the history', () => {
    const stopped = stopMedication(med({ startDate: '2024-01-01' }), '  made her dizzy ', today);
    expect(stopped).toMatchObject({ status: 'stopped', statusReason: 'made her dizzy', endDate: today });
    expect(stopped.history.at(-1)).toMatchObject({ change: 'stopped', reason: 'made her dizzy', date: today });
    expect(() => medicationSchema.parse(stopped)).not.toThrow();
  });

  it('resumes a paused medicine and keeps its dates', () => {
    const resumed = resumeMedication(pauseMedication(med({ endDate: '2026-01-01' }), '2025-03-01'), today);
    expect(resumed).toMatchObject({ status: 'taking', endDate: '2026-01-01', statusReason: '' });
    expect(resumed.history.map((e) => [e.change, e.from])).toEqual([
      ['paused', ''],
      ['resumed', 'paused'],
    ]);
  });

  it('starts a stopped medicine again: the old stop date and reason go, the history keeps them', () => {
    const again = resumeMedication(stopMedication(med(), 'rash', '2025-01-01'), today);
    expect(again).toMatchObject({ status: 'taking', endDate: '', statusReason: '' });
    expect(again.history.map((e) => [e.change, e.reason, e.from])).toEqual([
      ['stopped', 'rash', ''],
      ['resumed', '', 'stopped'],
    ]);
  });

  it('does not change the medicine it was given', () => {
    const original = med();
    stopMedication(original, 'why', today);
    expect(original).toMatchObject({ status: 'taking', history: [] });
  });
});
