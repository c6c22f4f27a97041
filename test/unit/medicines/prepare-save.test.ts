import { describe, expect, it } from 'vitest';
import { prepareMedicationSave } from '../../../shared/record/medication/prepare-save';
import { instructionPhrases } from '../../../shared/plain-language/languages';
import { med } from './helpers';

const context = { today: '2025-03-10', phrases: instructionPhrases('en') };
const fields = { doseAmount: '1', timing: { kind: 'timesPerDay' as const, timesPerDay: 2 } };

describe('prepareMedicationSave', () => {
  it('stores the sentence written from the fields, in the language of the screen', () => {
    expect(prepareMedicationSave(med({ ...fields, instructions: 'stale' }), undefined, context).instructions).toBe('Take 1 tablet by mouth 2 times a day.');
    const es = { ...context, phrases: instructionPhrases('es') };
    expect(prepareMedicationSave(med(fields), undefined, es).instructions).toBe('Tome 1 tableta por la boca 2 veces al día.');
  });

  it("keeps the person's own words", () => {
    const own = med({ ...fields, instructions: 'One at breakfast, one at supper.', instructionsEdited: true });
    expect(prepareMedicationSave(own, undefined, context).instructions).toBe('One at breakfast, one at supper.');
  });

  it('drops answers to questions that no longer apply', () => {
    const saved = prepareMedicationSave(med({ asNeeded: false, asNeededReason: 'pain', status: 'taking', statusReason: 'old reason' }), undefined, context);
    expect(saved).toMatchObject({ asNeededReason: '', statusReason: '' });
    expect(prepareMedicationSave(med({ asNeeded: true, asNeededReason: 'pain' }), undefined, context).asNeededReason).toBe('pain');
  });

  it('dates a stop made in the form today, unless a date was given', () => {
    const taking = med(fields);
    expect(prepareMedicationSave({ ...taking, status: 'stopped' }, taking, context).endDate).toBe('2025-03-10');
    expect(prepareMedicationSave({ ...taking, status: 'stopped', endDate: '2025-03-01' }, taking, context).endDate).toBe('2025-03-01');
    // A medicine entered as already stopped, with no date, is not given one.
    expect(prepareMedicationSave(med({ status: 'stopped' }), undefined, context).endDate).toBe('');
  });

  it('records the history', () => {
    const taking = prepareMedicationSave(med(fields), undefined, context);
    const stopped = prepareMedicationSave({ ...taking, status: 'stopped', statusReason: 'rash' }, taking, context);
    expect(stopped.history.map((e) => [e.change, e.date, e.reason])).toEqual([
      ['started', '2025-03-10', ''],
      ['stopped', '2025-03-10', 'rash'],
    ]);
  });
});
