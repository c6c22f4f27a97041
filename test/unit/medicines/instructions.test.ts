// The plain-language sentence from structured fields, in English and Spanish: every timing
// shape, singular and plural, fractions, ranges, as needed, every form and route, missing parts.
import { describe, expect, it } from 'vitest';
import { writeDose, writeInstructions, writeTiming, type InstructionFields } from '../../../shared/plain-language/instructions';
import { instructionPhrases } from '../../../shared/plain-language/languages';
import { doseFormSchema, routeSchema } from '../../../shared/model/medication';

const en = instructionPhrases('en');
const es = instructionPhrases('es');
const tablet = (doseAmount: string, more: InstructionFields = {}): InstructionFields => ({ doseAmount, form: 'tablet', route: 'mouth', ...more });

describe('writeInstructions: the examples of the product spec', () => {
  it.each([
    [tablet('1', { timing: { kind: 'timesPerDay', timesPerDay: 2 }, foodCue: 'withFood' }), 'Take 1 tablet by mouth 2 times a day, with food.', 'Tome 1 tableta por la boca 2 veces al día, con comida.'],
    [
      tablet('1', { timing: { kind: 'timesPerDay', timesPerDay: 2 }, asNeeded: true, asNeededReason: 'pain' }),
      'Take 1 tablet by mouth 2 times a day if needed for pain.',
      'Tome 1 tableta por la boca 2 veces al día si lo necesita para pain.',
    ],
  ])('%j', (fields, english, spanish) => {
    expect(writeInstructions(fields, en)).toBe(english);
    expect(writeInstructions(fields, es)).toBe(spanish);
  });
});

describe('every timing shape, in both languages', () => {
  it.each<[string, InstructionFields['timing'], string, string]>([
    ['no timing', { kind: 'none' }, 'Take 1 tablet by mouth.', 'Tome 1 tableta por la boca.'],
    ['no timing given at all', undefined, 'Take 1 tablet by mouth.', 'Tome 1 tableta por la boca.'],
    ['once a day (never "1 time")', { kind: 'timesPerDay', timesPerDay: 1 }, 'Take 1 tablet by mouth once a day.', 'Tome 1 tableta por la boca una vez al día.'],
    ['2 times a day', { kind: 'timesPerDay', timesPerDay: 2 }, 'Take 1 tablet by mouth 2 times a day.', 'Tome 1 tableta por la boca 2 veces al día.'],
    ['4 times a day', { kind: 'timesPerDay', timesPerDay: 4 }, 'Take 1 tablet by mouth 4 times a day.', 'Tome 1 tableta por la boca 4 veces al día.'],
    ['one set time', { kind: 'setTimes', times: ['08:00'] }, 'Take 1 tablet by mouth at 8:00 AM.', 'Tome 1 tableta por la boca a las 8:00 de la mañana.'],
    [
      'two set times',
      { kind: 'setTimes', times: ['08:00', '20:00'] },
      'Take 1 tablet by mouth at 8:00 AM and 8:00 PM.',
      'Tome 1 tableta por la boca a las 8:00 de la mañana y a las 8:00 de la noche.',
    ],
    [
      'three set times, typed out of order',
      { kind: 'setTimes', times: ['21:15', '07:30', '13:00'] },
      'Take 1 tablet by mouth at 7:30 AM, 1:00 PM and 9:15 PM.',
      'Tome 1 tableta por la boca a las 7:30 de la mañana, a la 1:00 de la tarde y a las 9:15 de la noche.',
    ],
    ['noon', { kind: 'setTimes', times: ['12:00'] }, 'Take 1 tablet by mouth at 12:00 PM.', 'Tome 1 tableta por la boca a las 12:00 del mediodía.'],
    ['midnight', { kind: 'setTimes', times: ['00:00'] }, 'Take 1 tablet by mouth at 12:00 AM.', 'Tome 1 tableta por la boca a las 12:00 de la noche.'],
    ['early morning', { kind: 'setTimes', times: ['01:05'] }, 'Take 1 tablet by mouth at 1:05 AM.', 'Tome 1 tableta por la boca a la 1:05 de la madrugada.'],
    ['every hour', { kind: 'everyHours', hours: 1 }, 'Take 1 tablet by mouth every hour.', 'Tome 1 tableta por la boca cada hora.'],
    ['every 6 hours', { kind: 'everyHours', hours: 6 }, 'Take 1 tablet by mouth every 6 hours.', 'Tome 1 tableta por la boca cada 6 horas.'],
    ['every 1.5 hours, number as typed', { kind: 'everyHours', hours: 1.5 }, 'Take 1 tablet by mouth every 1.5 hours.', 'Tome 1 tableta por la boca cada 1.5 horas.'],
    ['one day of the week', { kind: 'daysOfWeek', days: ['sun'], timesPerDay: 1 }, 'Take 1 tablet by mouth on Sunday.', 'Tome 1 tableta por la boca los domingos.'],
    [
      'three days, in week order whatever the order chosen',
      { kind: 'daysOfWeek', days: ['fri', 'mon', 'wed'], timesPerDay: 1 },
      'Take 1 tablet by mouth on Monday, Wednesday and Friday.',
      'Tome 1 tableta por la boca los lunes, miércoles y viernes.',
    ],
    [
      'days, 2 times on each',
      { kind: 'daysOfWeek', days: ['tue', 'sat'], timesPerDay: 2 },
      'Take 1 tablet by mouth 2 times a day on Tuesday and Saturday.',
      'Tome 1 tableta por la boca 2 veces al día los martes y sábados.',
    ],
    [
      'every day of the week is once a day',
      { kind: 'daysOfWeek', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], timesPerDay: 1 },
      'Take 1 tablet by mouth once a day.',
      'Tome 1 tableta por la boca una vez al día.',
    ],
  ])('%s', (_, timing, english, spanish) => {
    expect(writeInstructions(tablet('1', { timing }), en)).toBe(english);
    expect(writeInstructions(tablet('1', { timing }), es)).toBe(spanish);
  });
});

describe('dose amounts: singular, plural, fractions, decimals, ranges', () => {
  it.each([
    ['1', '1 tablet', '1 tableta'],
    ['2', '2 tablets', '2 tabletas'],
    ['10', '10 tablets', '10 tabletas'],
    ['1/2', '½ tablet', '½ tableta'],
    ['½', '½ tablet', '½ tableta'],
    ['1/4', '¼ tablet', '¼ tableta'],
    ['3/4', '¾ tablet', '¾ tableta'],
    ['1 1/2', '1½ tablets', '1½ tabletas'],
    ['1½', '1½ tablets', '1½ tabletas'],
    ['3/8', '3/8 tablet', '3/8 tableta'],
    ['0.5', '0.5 tablets', '0.5 tabletas'],
    ['2.5', '2.5 tablets', '2.5 tabletas'],
    ['1-2', '1-2 tablets', '1-2 tabletas'],
    ['1 - 2', '1-2 tablets', '1-2 tabletas'],
    ['1–2', '1-2 tablets', '1-2 tabletas'],
    ['1/2-1', '½-1 tablet', '½-1 tableta'],
    ['  2  ', '2 tablets', '2 tabletas'],
  ])('%j → %s / %s', (amount, english, spanish) => {
    expect(writeDose({ doseAmount: amount, form: 'tablet' }, en)).toBe(english);
    expect(writeDose({ doseAmount: amount, form: 'tablet' }, es)).toBe(spanish);
    expect(writeInstructions(tablet(amount), en)).toBe(`Take ${english} by mouth.`);
    expect(writeInstructions(tablet(amount), es)).toBe(`Tome ${spanish} por la boca.`);
  });

  it('never changes a number: every digit typed is in the sentence', () => {
    for (const amount of ['0.25', '12', '1.75', '7/8', '2-3', '0.125']) {
      const sentence = writeInstructions(tablet(amount), en);
      for (const digit of amount.replace(/\D/g, '')) expect(sentence).toContain(digit);
      expect(sentence).toContain(amount.replace(/\s/g, ''));
    }
  });

  it('liquid is measured in mL, one or many', () => {
    expect(writeInstructions({ doseAmount: '0.5', form: 'liquid', route: 'mouth' }, en)).toBe('Take 0.5 mL by mouth.');
    expect(writeInstructions({ doseAmount: '1', form: 'liquid', route: 'mouth' }, en)).toBe('Take 1 mL by mouth.');
    expect(writeInstructions({ doseAmount: '5', form: 'liquid', route: 'mouth' }, es)).toBe('Tome 5 mL por la boca.');
  });

  it('a unit typed by the person is used as written', () => {
    const insulin: InstructionFields = { doseAmount: '10', doseUnit: 'units', form: 'injection', route: 'injection', timing: { kind: 'timesPerDay', timesPerDay: 1 } };
    expect(writeInstructions(insulin, en)).toBe('Take 10 units as a shot once a day.');
    expect(writeInstructions({ ...insulin, doseUnit: 'unidades' }, es)).toBe('Póngase 10 unidades como inyección una vez al día.');
    expect(writeDose({ doseAmount: '1', doseUnit: 'teaspoon', form: 'liquid' }, en)).toBe('1 teaspoon');
  });
});

describe('every form and route, at least once', () => {
  it.each<[string, InstructionFields, string, string]>([
    ['capsule', { doseAmount: '1', form: 'capsule', route: 'mouth' }, 'Take 1 capsule by mouth.', 'Tome 1 cápsula por la boca.'],
    ['capsules', { doseAmount: '2', form: 'capsule', route: 'mouth' }, 'Take 2 capsules by mouth.', 'Tome 2 cápsulas por la boca.'],
    ['under the tongue', { doseAmount: '1', form: 'tablet', route: 'underTongue' }, 'Put 1 tablet under the tongue.', 'Ponga 1 tableta debajo de la lengua.'],
    ['eye drops', { doseAmount: '1', form: 'drop', route: 'eye' }, 'Put 1 drop in the eye or eyes.', 'Ponga 1 gota en el ojo o los ojos.'],
    ['ear drops', { doseAmount: '3', form: 'drop', route: 'ear' }, 'Put 3 drops in the ear or ears.', 'Ponga 3 gotas en el oído o los oídos.'],
    ['inhaler', { doseAmount: '2', form: 'puff', route: 'inhaled' }, 'Breathe in 2 puffs by mouth.', 'Inhale 2 inhalaciones por la boca.'],
    ['one puff', { doseAmount: '1', form: 'puff', route: 'inhaled' }, 'Breathe in 1 puff by mouth.', 'Inhale 1 inhalación por la boca.'],
    ['patch', { doseAmount: '1', form: 'patch', route: 'skin' }, 'Put 1 patch on the skin.', 'Ponga 1 parche en la piel.'],
    ['patches', { doseAmount: '2', form: 'patch', route: 'skin' }, 'Put 2 patches on the skin.', 'Ponga 2 parches en la piel.'],
    ['injection', { doseAmount: '1', form: 'injection', route: 'injection' }, 'Take 1 dose as a shot.', 'Póngase 1 dosis como inyección.'],
    ['liquid as a shot', { doseAmount: '0.5', form: 'liquid', route: 'injection' }, 'Take 0.5 mL as a shot.', 'Póngase 0.5 mL como inyección.'],
    ['nose spray', { doseAmount: '2', form: 'spray', route: 'nose' }, 'Use 2 sprays in the nose.', 'Use 2 aplicaciones en la nariz.'],
    ['cream', { doseAmount: '1', form: 'cream', route: 'skin' }, 'Put 1 layer on the skin.', 'Ponga 1 capa en la piel.'],
    ['suppository', { doseAmount: '1', form: 'suppository', route: 'rectal' }, 'Put 1 suppository in the rectum.', 'Ponga 1 supositorio en el recto.'],
    ['vaginal', { doseAmount: '2', form: 'suppository', route: 'vaginal' }, 'Put 2 suppositories in the vagina.', 'Ponga 2 supositorios en la vagina.'],
    ['powder', { doseAmount: '1', form: 'powder', route: 'mouth' }, 'Take 1 dose by mouth.', 'Tome 1 dosis por la boca.'],
    ['other form, other route', { doseAmount: '2', form: 'other', route: 'other' }, 'Use 2 doses.', 'Use 2 dosis.'],
  ])('%s', (_, fields, english, spanish) => {
    expect(writeInstructions(fields, en)).toBe(english);
    expect(writeInstructions(fields, es)).toBe(spanish);
  });

  it('has words for every form and every route in both languages', () => {
    for (const phrases of [en, es]) {
      for (const form of doseFormSchema.options) {
        expect(writeDose({ doseAmount: '1', form }, phrases)).toMatch(/^1 \S/);
        expect(writeDose({ doseAmount: '2', form }, phrases)).toMatch(/^2 \S/);
      }
      for (const route of routeSchema.options) expect(writeInstructions({ route }, phrases)).toMatch(/^\p{Lu}.*\.$/u);
    }
  });
});

describe('as needed', () => {
  it.each<[string, InstructionFields, string, string]>([
    ['without a reason', tablet('1', { asNeeded: true }), 'Take 1 tablet by mouth if needed.', 'Tome 1 tableta por la boca si lo necesita.'],
    ['with a reason', tablet('1', { asNeeded: true, asNeededReason: 'pain' }), 'Take 1 tablet by mouth if needed for pain.', 'Tome 1 tableta por la boca si lo necesita para pain.'],
    ['a blank reason is no reason', tablet('1', { asNeeded: true, asNeededReason: '   ' }), 'Take 1 tablet by mouth if needed.', 'Tome 1 tableta por la boca si lo necesita.'],
    [
      'with timing',
      tablet('1-2', { asNeeded: true, asNeededReason: 'pain', timing: { kind: 'everyHours', hours: 6 } }),
      'Take 1-2 tablets by mouth every 6 hours if needed for pain.',
      'Tome 1-2 tabletas por la boca cada 6 horas si lo necesita para pain.',
    ],
    [
      'with timing and a food cue',
      tablet('1', { asNeeded: true, asNeededReason: 'nausea', timing: { kind: 'everyHours', hours: 8 }, foodCue: 'withFood' }),
      'Take 1 tablet by mouth every 8 hours if needed for nausea, with food.',
      'Tome 1 tableta por la boca cada 8 horas si lo necesita para nausea, con comida.',
    ],
    ['a reason without "as needed" is left out', tablet('1', { asNeeded: false, asNeededReason: 'pain' }), 'Take 1 tablet by mouth.', 'Tome 1 tableta por la boca.'],
  ])('%s', (_, fields, english, spanish) => {
    expect(writeInstructions(fields, en)).toBe(english);
    expect(writeInstructions(fields, es)).toBe(spanish);
  });
});

describe('food and bedtime cues', () => {
  it.each([
    ['withFood', 'with food', 'con comida'],
    ['emptyStomach', 'on an empty stomach', 'con el estómago vacío'],
    ['beforeMeals', 'before meals', 'antes de las comidas'],
    ['afterMeals', 'after meals', 'después de las comidas'],
    ['atBedtime', 'at bedtime', 'al acostarse'],
  ] as const)('%s', (foodCue, english, spanish) => {
    const fields = tablet('1', { timing: { kind: 'timesPerDay', timesPerDay: 1 }, foodCue });
    expect(writeInstructions(fields, en)).toBe(`Take 1 tablet by mouth once a day, ${english}.`);
    expect(writeInstructions(fields, es)).toBe(`Tome 1 tableta por la boca una vez al día, ${spanish}.`);
  });

  it('"none" adds nothing', () => {
    expect(writeInstructions(tablet('1', { foodCue: 'none' }), en)).toBe('Take 1 tablet by mouth.');
  });
});

describe('missing or unfinished parts are left out, never guessed', () => {
  it.each<[string, InstructionFields, string, string]>([
    ['no dose', { form: 'tablet', route: 'mouth', timing: { kind: 'timesPerDay', timesPerDay: 2 } }, 'Take by mouth 2 times a day.', 'Tome por la boca 2 veces al día.'],
    ['a dose not valid yet', tablet('1 tab', { timing: { kind: 'timesPerDay', timesPerDay: 2 } }), 'Take by mouth 2 times a day.', 'Tome por la boca 2 veces al día.'],
    ['a unit without an amount', { doseUnit: 'units', route: 'injection' }, 'Take as a shot.', 'Póngase como inyección.'],
    ['nothing at all (the defaults: by mouth)', {}, 'Take by mouth.', 'Tome por la boca.'],
    ['times a day left empty', tablet('1', { timing: { kind: 'timesPerDay', timesPerDay: Number.NaN } }), 'Take 1 tablet by mouth.', 'Tome 1 tableta por la boca.'],
    ['times a day not a whole number', tablet('1', { timing: { kind: 'timesPerDay', timesPerDay: 1.5 } }), 'Take 1 tablet by mouth.', 'Tome 1 tableta por la boca.'],
    ['times a day of zero', tablet('1', { timing: { kind: 'timesPerDay', timesPerDay: 0 } }), 'Take 1 tablet by mouth.', 'Tome 1 tableta por la boca.'],
    ['hours left empty', tablet('1', { timing: { kind: 'everyHours', hours: null } }), 'Take 1 tablet by mouth.', 'Tome 1 tableta por la boca.'],
    ['no set time chosen yet', tablet('1', { timing: { kind: 'setTimes', times: [''] } }), 'Take 1 tablet by mouth.', 'Tome 1 tableta por la boca.'],
    ['one time chosen, one not yet', tablet('1', { timing: { kind: 'setTimes', times: ['', '09:00'] } }), 'Take 1 tablet by mouth at 9:00 AM.', 'Tome 1 tableta por la boca a las 9:00 de la mañana.'],
    ['no day chosen yet', tablet('1', { timing: { kind: 'daysOfWeek', days: [], timesPerDay: 2 } }), 'Take 1 tablet by mouth.', 'Tome 1 tableta por la boca.'],
    [
      'days with times left empty',
      tablet('1', { timing: { kind: 'daysOfWeek', days: ['mon'], timesPerDay: Number.NaN } }),
      'Take 1 tablet by mouth on Monday.',
      'Tome 1 tableta por la boca los lunes.',
    ],
    ['every day with times left empty', tablet('1', { timing: { kind: 'daysOfWeek', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } }), 'Take 1 tablet by mouth.', 'Tome 1 tableta por la boca.'],
    ['an unknown timing shape', tablet('1', { timing: { kind: 'lunar' } }), 'Take 1 tablet by mouth.', 'Tome 1 tableta por la boca.'],
  ])('%s', (_, fields, english, spanish) => {
    expect(writeInstructions(fields, en)).toBe(english);
    expect(writeInstructions(fields, es)).toBe(spanish);
  });

  it('repeated set times are said once', () => {
    expect(writeTiming({ kind: 'setTimes', times: ['08:00', '08:00'] }, en)).toBe('at 8:00 AM');
  });
});

describe('languages', () => {
  it('falls back to English for a language without phrases, and reads regional tags', () => {
    expect(instructionPhrases('fr')).toBe(en);
    expect(instructionPhrases('es-MX')).toBe(es);
  });
});
