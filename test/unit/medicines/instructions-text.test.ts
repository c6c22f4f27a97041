import { describe, expect, it } from 'vitest';
import { isWrittenFromFields, medicationInstructions } from '../../../shared/record/medication/instructions-text';
import { instructionPhrases } from '../../../shared/plain-language/languages';
import { med } from './helpers';

const en = instructionPhrases('en');
const es = instructionPhrases('es');
const fields = { doseAmount: '1', timing: { kind: 'timesPerDay' as const, timesPerDay: 2 }, foodCue: 'withFood' as const };

describe('the sentence to show', () => {
  it('is written in the reader\'s language when the app wrote it (stored in any language)', () => {
    const storedInEnglish = med({ ...fields, instructions: 'Take 1 tablet by mouth 2 times a day, with food.' });
    expect(isWrittenFromFields(storedInEnglish)).toBe(true);
    expect(medicationInstructions(storedInEnglish, es)).toBe('Tome 1 tableta por la boca 2 veces al día, con comida.');
    const storedInSpanish = med({ ...fields, instructions: 'Tome 1 tableta por la boca 2 veces al día, con comida.' });
    expect(medicationInstructions(storedInSpanish, en)).toBe('Take 1 tablet by mouth 2 times a day, with food.');
  });

  it('is written from the fields when nothing is stored', () => {
    expect(medicationInstructions(med(fields), en)).toBe('Take 1 tablet by mouth 2 times a day, with food.');
  });

  it('keeps words the person edited, as they are', () => {
    const edited = med({ ...fields, instructions: 'Take with breakfast and supper. ', instructionsEdited: true });
    expect(isWrittenFromFields(edited)).toBe(false);
    expect(medicationInstructions(edited, es)).toBe('Take with breakfast and supper.');
  });

  it('keeps words that came from elsewhere (an imported file), even if not marked edited', () => {
    const imported = med({ instructions: 'Take 1 tab po bid', instructionsEdited: false });
    expect(isWrittenFromFields(imported)).toBe(false);
    expect(medicationInstructions(imported, en)).toBe('Take 1 tab po bid');
  });
});
