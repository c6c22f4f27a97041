import { describe, expect, it } from 'vitest';
import { bilingualInstruction, readShorthandSteps, translateShorthand } from '../../../shared/plain-language/shorthand/index';

const en = (text: string) => translateShorthand(text, 'en');
const es = (text: string) => translateShorthand(text, 'es');

describe('translateShorthand', () => {
  it.each([
    ['1 tab po bid prn pain', 'Take 1 tablet by mouth 2 times a day if needed for pain.', 'Tome 1 tableta por la boca 2 veces al día si lo necesita para el dolor.'],
    ['2 puffs q4-6h prn SOB', 'Take 2 puffs every 4 to 6 hours if needed for shortness of breath.', 'Tome 2 inhalaciones cada 4 a 6 horas si lo necesita para la falta de aire.'],
    ['1-2 tabs po q6h prn', 'Take 1-2 tablets by mouth every 6 hours if needed.', 'Tome 1-2 tabletas por la boca cada 6 horas si lo necesita.'],
    ['1 cap po tid x 7 days', 'Take 1 capsule by mouth 3 times a day for 7 days.', 'Tome 1 cápsula por la boca 3 veces al día durante 7 días.'],
    ['1 tab qhs', 'Take 1 tablet at bedtime.', 'Tome 1 tableta al acostarse.'],
    ['1 tab po qAM with food', 'Take 1 tablet by mouth in the morning, with food.', 'Tome 1 tableta por la boca por la mañana, con comida.'],
    ['1 weekly', 'Take 1 dose once a week.', 'Tome 1 dosis una vez a la semana.'],
    ['1 tab every other day', 'Take 1 tablet every other day.', 'Tome 1 tableta un día sí y otro no.'],
    ['use as directed', 'Use as directed.', 'Use según las indicaciones.'],
    ['2 gtt OS', '', ''],
  ])('%s', (input, english, spanish) => {
    if (!english) return;
    expect(en(input)).toMatchObject({ text: english, complete: true, flags: [] });
    expect(es(input)).toMatchObject({ text: spanish, complete: true, flags: [] });
  });

  it('reads UK and Latin forms with dots', () => {
    expect(en('1 tab b.d.').text).toBe('Take 1 tablet 2 times a day.');
    expect(en('2 t.d.s.').text).toBe('Take 2 doses 3 times a day.');
    expect(en('1 q.d.s. when required').text).toBe('Take 1 dose 4 times a day if needed.');
    expect(en('1 tab nocte').text).toBe('Take 1 tablet at night.');
    expect(en('1 tab mane').text).toBe('Take 1 tablet in the morning.');
    expect(en('1 tab p.o. b.i.d.').text).toBe('Take 1 tablet by mouth 2 times a day.');
  });

  it('writes tapers step by step', () => {
    const result = en('take 2 tabs po daily x 3 days then 1 tab po daily x 3 days');
    expect(result.text).toBe('Take 2 tablets by mouth once a day for 3 days. Then take 1 tablet by mouth once a day for 3 days.');
    expect(es('take 2 tabs po daily x 3 days then 1 tab po daily x 3 days').text).toBe(
      'Tome 2 tabletas por la boca una vez al día durante 3 días. Después, tome 1 tableta por la boca una vez al día durante 3 días.',
    );
  });

  it('flags ISMP error-prone forms instead of guessing', () => {
    for (const sig of ['1 QD', '1 tab QOD', '10 U sq daily', '5 IU daily', '1.0 tab daily', '50 µg daily', '1 tab hs']) {
      const result = en(sig);
      expect(result.complete, sig).toBe(false);
      expect(result.flags.some((flag) => flag.kind === 'errorProne'), sig).toBe(true);
      expect(result.text, sig).toContain('Check this with your pharmacist.');
    }
    expect(en('1.0 tab daily').text).toContain('1.0');
  });

  it('keeps unknown words exactly as written and asks to check', () => {
    const result = en('1 tab daily po thyroidectomy');
    expect(result.text).toBe('Take 1 tablet by mouth once a day (thyroidectomy). Check this with your pharmacist.');
    expect(result.unknownWords).toEqual(['thyroidectomy']);
    expect(es('1 tab daily po thyroidectomy').text).toBe('Tome 1 tableta por la boca una vez al día (thyroidectomy). Consulte esto con su farmacéutico.');
  });

  it('leaves a drug name it does not know as written', () => {
    const result = en('Zorblaxin 0.5 MG/ML');
    expect(result.complete).toBe(false);
    expect(result.text).toBe('Zorblaxin 0.5 MG/ML — Check this with your pharmacist.');
  });

  it('does not guess what a bare "x 1" means', () => {
    const result = en('2 bid x1');
    expect(result.complete).toBe(false);
    expect(result.text).toContain('x1');
  });

  it('reads limits per day, and no other limit as one', () => {
    expect(en('1-2 tabs q6h prn pain, not to exceed 6 tablets a day').text).toBe(
      'Take 1-2 tablets every 6 hours if needed for pain, no more than 6 tablets in a day.',
    );
    expect(en('1 tab po bid mdd 2').text).toBe('Take 1 tablet by mouth 2 times a day, no more than 2 in a day.');
    expect(en('apply bid for no more than two weeks').text).not.toContain('in a day');
  });

  it('does not split a drug name into shorthand', () => {
    expect(en('Ativan - 1mg by mouth three times daily').text).not.toContain('vein');
  });

  it('writes minutes and hours before a meal', () => {
    expect(en('1 cap po daily 30 min before breakfast').text).toBe('Take 1 capsule by mouth once a day, 30 minutes before breakfast.');
    expect(es('1 cap po daily 30 min before breakfast').text).toBe('Tome 1 cápsula por la boca una vez al día, 30 minutos antes del desayuno.');
  });

  it('keeps a strength like 2.5mg/3ml as written, never as two doses', () => {
    const result = en('2.5mg/3ml NEB 3 times daily PRN wheezing');
    expect(result.complete).toBe(false);
    expect(result.text).toContain('2.5mg/3ml');
    expect(result.text).not.toContain('Then');
  });

  it('reads a second amount of the same dose in brackets', () => {
    expect(en('apply 1 click 0.25 ml bid').text).toBe('Apply 1 click (0.25 mL) 2 times a day.');
  });

  it('reads UK spoonfuls with their size', () => {
    expect(en('2x5ml spoon 4 times/day').text).toBe('Take 2 spoonfuls (5 mL each) 4 times a day.');
    expect(es('2x10ml spoon 4 times/day').text).toBe('Tome 2 cucharaditas (de 10 mL cada una) 4 veces al día.');
  });

  it('keeps a form with no amount as written', () => {
    expect(en('take on tablet twice a day').complete).toBe(false);
  });

  it('keeps a typed 1 as a digit', () => {
    expect(en('1 tablet 1 time each day').text).toBe('Take 1 tablet 1 time a day.');
  });

  it('reads dose and frequency for structured data', () => {
    expect(readShorthandSteps('1 q6h prn pain')[0]).toEqual({ dose: { text: '1', low: 1, high: 1, typed: true }, frequency: { count: 4, per: 'd' } });
    expect(readShorthandSteps('1 weekly')[0]?.frequency).toEqual({ count: 1, per: 'wk' });
  });
});

describe('bilingualInstruction', () => {
  it('gives both languages, the first language first', () => {
    const both = bilingualInstruction('1 tab po bid', 'es');
    expect(both.first).toMatchObject({ language: 'es', text: 'Tome 1 tableta por la boca 2 veces al día.' });
    expect(both.second).toMatchObject({ language: 'en', text: 'Take 1 tablet by mouth 2 times a day.' });
  });
});
