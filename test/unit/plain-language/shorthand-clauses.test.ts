import { describe, expect, it } from 'vitest';
import { translateShorthand } from '../../../shared/plain-language/shorthand/index';

const en = (text: string) => translateShorthand(text, 'en');
const es = (text: string) => translateShorthand(text, 'es');

/** A construction read completely: the English and Spanish sentences, nothing flagged. */
const complete: [string, string, string][] = [
  // Reasons: a broader list, translated; plain words after "for" quoted exactly as written.
  ['one to two tablets every 4-6 hours as needed for rib pain', 'Take 1-2 tablets every 4 to 6 hours if needed for “rib pain”.', 'Tome 1-2 tabletas cada 4 a 6 horas si lo necesita para «rib pain».'],
  ['take 1 tablet oral bid twice a day prnas needed with foodfor right elbow pain', 'Take 1 tablet by mouth 2 times a day if needed for “right elbow pain”, with food.', 'Tome 1 tableta por la boca 2 veces al día si lo necesita para «right elbow pain», con comida.'],
  ['take one tablet by mouth two times a day with food for blood pressure or heart', 'Take 1 tablet by mouth 2 times a day for blood pressure or the heart, with food.', 'Tome 1 tableta por la boca 2 veces al día para la presión arterial o el corazón, con comida.'],
  ['1 cap po tid prn for diabetic neuropathy', 'Take 1 capsule by mouth 3 times a day if needed for nerve pain.', 'Tome 1 cápsula por la boca 3 veces al día si lo necesita para el dolor de los nervios.'],
  // Number words above twelve.
  ['1 tab daily x twenty eight days', 'Take 1 tablet once a day for 28 days.', 'Tome 1 tableta una vez al día durante 28 días.'],
  ['1 tab daily for twenty-one days', 'Take 1 tablet once a day for 21 days.', 'Tome 1 tableta una vez al día durante 21 días.'],
  // Drips, infusions and doses by body weight.
  ['1000mL infused at 50ml/hour for 4 hours - hang at 2200 hours', 'Give 1000 mL into a vein at 50 mL an hour for 4 hours starting at 2200 hours (10:00 PM).', 'Ponga 1000 mL en la vena a 50 mL por hora durante 4 horas a partir de las 2200 horas (10:00 de la noche).'],
  ['0.05 - 0.1mg/kg IV over 2-5 minutes every 15 minutes as needed', 'Give 0.05-0.1 mg for each kg of body weight into a vein over 2 to 5 minutes every 15 minutes if needed.', 'Ponga 0.05-0.1 mg por cada kg de peso en la vena en 2 a 5 minutos cada 15 minutos si lo necesita.'],
  ['1.8 mg/kg IV infusion over 30 minutes every 3 weeks for 16 cycles', 'Give 1.8 mg for each kg of body weight into a vein over 30 minutes every 3 weeks for 16 rounds of treatment.', 'Ponga 1.8 mg por cada kg de peso en la vena en 30 minutos cada 3 semanas durante 16 ciclos de tratamiento.'],
  ['5 units/hr iv', 'Give it into a vein at 5 units an hour.', 'Póngalo en la vena a 5 unidades por hora.'],
  // Start dates: month names translated, digits as written, slashed dates never reordered.
  ['Take 4 tablets daily for 7 days starting January 16, 2015', 'Take 4 tablets once a day for 7 days starting on January 16, 2015.', 'Tome 4 tabletas una vez al día durante 7 días a partir del 16 de enero de 2015.'],
  ['Coumadin - 5mg by mouth every other day starting 11/1/2012', 'Coumadin: Take 5 mg by mouth every other day starting on 11/1/2012.', 'Coumadin: Tome 5 mg por la boca un día sí y otro no a partir del 11/1/2012.'],
  // When to stop, and limits on how long.
  ['1 tab daily until gone', 'Take 1 tablet once a day until it is all used up.', 'Tome 1 tableta una vez al día hasta que se termine.'],
  ['1 vial bid via nebulizer until cough is gone', 'Breathe in 1 vial by mouth 2 times a day until cough is gone.', 'Inhale 1 vial por la boca 2 veces al día hasta que se le quite la tos.'],
  ['apply bid for no more than two weeks', 'Apply 2 times a day for no more than 2 weeks.', 'Aplique 2 veces al día durante 2 semanas como máximo.'],
  ['apply bid for no more than 2 weeks at a time', 'Apply 2 times a day for no more than 2 weeks at a time.', 'Aplique 2 veces al día durante 2 semanas como máximo cada vez.'],
  // Free-text clauses said as their own sentences.
  ['1 tablet under the tongue and allow to dissolve sublingual bid 9 days', 'Put 1 tablet under the tongue 2 times a day for 9 days. Let it melt.', 'Ponga 1 tableta debajo de la lengua 2 veces al día durante 9 días. Deje que se deshaga.'],
  ['1 caps po dailyinstrdo not crush or chew', 'Take 1 capsule by mouth once a day. Do not crush or chew it.', 'Tome 1 cápsula por la boca una vez al día. No lo triture ni lo mastique.'],
  ['take 3 ml by mouth once a day for 10 days 3 ml = 150 mg', 'Take 3 mL by mouth once a day for 10 days. Each 3 mL has 150 mg of medicine.', 'Tome 3 mL por la boca una vez al día durante 10 días. Cada 3 mL tiene 150 mg de medicamento.'],
  ['7mg (=one 5mg tablet PLUS one 2mg tablet) once daily', 'Take 7 mg once a day. That is 1 tablet of 5 mg and 1 tablet of 2 mg.', 'Tome 7 mg una vez al día. Es decir, 1 tableta de 5 mg y 1 tableta de 2 mg.'],
  ['Take at regular intervals. Complete the prescribed course unless otherwise directed (qualifier value)', 'Space the doses evenly through the day. Finish all of it, even if you feel better. Do this unless your doctor tells you something else.', 'Reparta las dosis a lo largo del día. Tómelo todo, aunque se sienta mejor. Hágalo así, salvo que su médico le diga otra cosa.'],
  ['Take three times a day as needed if pain does not subside.', 'Take it 3 times a day if needed. This is for when pain does not go away.', 'Tómelo 3 veces al día si lo necesita. Es para cuando el dolor no se quita.'],
  ['Take 1 tablet as directed at onset of headache.', 'Take 1 tablet at the first sign of headache as directed.', 'Tome 1 tableta en cuanto note el dolor de cabeza según las indicaciones.'],
  // Where on the body.
  ['Apply twice daily to affected area on left arm', 'Put it on the area that needs it on the left arm 2 times a day.', 'Póngalo en la zona afectada en el brazo izquierdo 2 veces al día.'],
  ['one drop in surgical eye 4 times a day x 10 days starting three days prior to surgery as directed', 'Put 1 drop in the eye that has surgery 4 times a day for 10 days starting 3 days before surgery as directed.', 'Ponga 1 gota en el ojo que van a operar 4 veces al día durante 10 días a partir de 3 días antes de la operación según las indicaciones.'],
  // Tapers that lower the dose, and times of day said together.
  ['take 2 tablets by mouth daily for 14 days then decrease to 0.5 tablets every 14 days', 'Take 2 tablets by mouth once a day for 14 days. Then lower the dose to 0.5 tablets every 14 days.', 'Tome 2 tabletas por la boca una vez al día durante 14 días. Después, baje la dosis a 0.5 tabletas cada 14 días.'],
  ['apply bid in the morning and evening', 'Apply 2 times a day in the morning and in the evening.', 'Aplique 2 veces al día por la mañana y por la tarde.'],
  // Minutes apart: "x 3" can only be the number of doses.
  ['1 SL Q 5MIN X 3 PRN ANGINA', 'Put 1 dose under the tongue every 5 minutes, up to 3 times if needed for chest pain.', 'Ponga 1 dosis debajo de la lengua cada 5 minutos, hasta 3 veces si lo necesita para el dolor de pecho.'],
  // Labelled: what the pharmacy gives, a taper over days.
  ['follow package directions 6 day taper dispense 21 tabs', 'Take it as directed. Lower the dose step by step over 6 days. The pharmacy gives you 21 tablets.', 'Tómelo según las indicaciones. Baje la dosis poco a poco a lo largo de 6 días. La farmacia le da 21 tabletas.'],
  // No amount given: "it", never an invented amount.
  ['apply topically bid', 'Put it on the skin 2 times a day.', 'Póngalo en la piel 2 veces al día.'],
  // Labelled fields exported on one line; the name as written, the missing amount said.
  ['medication:Tylenol 500mg|dose:MG mg|route:ORAL|frequency:PRN', 'Tylenol 500mg: Take it by mouth if needed. The record does not say how much.', 'Tylenol 500mg: Tómelo por la boca si lo necesita. El registro no dice qué cantidad.'],
  ['medication:Ceftriaxone 100MG/ML|dose:MG mg|route:INTRAVENOUS|frequency:BID', 'Ceftriaxone 100MG/ML: Give it into a vein 2 times a day. The record does not say how much.', 'Ceftriaxone 100MG/ML: Póngalo en la vena 2 veces al día. El registro no dice qué cantidad.'],
  ['medication:Tylenol 500mg|dose:2 tabs|route:ORAL|frequency:Q6H', 'Tylenol 500mg: Take 2 tablets by mouth every 6 hours.', 'Tylenol 500mg: Tome 2 tabletas por la boca cada 6 horas.'],
  // Water cues said as written; a dose on one day; a form after an amount in mg.
  ['1 tab po daily with a full glass of water', 'Take 1 tablet by mouth once a day, with a full glass of water.', 'Tome 1 tableta por la boca una vez al día, con un vaso lleno de agua.'],
  ['1 tab po daily with water', 'Take 1 tablet by mouth once a day, with water.', 'Tome 1 tableta por la boca una vez al día, con agua.'],
  ['Take 500 mg on day 1, then 250 mg tablet once daily for next 4 days', 'Take 500 mg on day 1. Then take 250 mg (as tablets) once a day for 4 days.', 'Tome 500 mg el día 1. Después, tome 250 mg (en tabletas) una vez al día durante 4 días.'],
  // A medicine's name from the glossary before the instruction.
  ['Ultram - 50mg by mouth four times daily as needed for joint pain', 'Ultram: Take 50 mg by mouth 4 times a day if needed for joint pain.', 'Ultram: Tome 50 mg por la boca 4 veces al día si lo necesita para el dolor de las articulaciones.'],
];

describe('translateShorthand: clauses beyond the shorthand', () => {
  it.each(complete)('%s', (input, english, spanish) => {
    expect(en(input)).toMatchObject({ text: english, complete: true, flags: [] });
    expect(es(input)).toMatchObject({ text: spanish, complete: true, flags: [] });
  });
});

describe('translateShorthand: what stays flagged', () => {
  it.each([
    // Shorthand-looking words after "for" are not passed through as a reason.
    ['1 tab q6h prn for pn', 'pn'],
    ['6 mg PO daily; hold if WBC is low', 'WBC'],
    // A clause after "for" is not a reason, nor is how long.
    ['1 tab daily for the rest of your life', 'your life'],
    ['take 1 tablet by mouth once daily for blood pressure do not stop', 'do not stop'],
    // A misspelt medicine name is not a known name.
    ['gliburide - 2.5mg by mouth once daily', 'gliburide'],
    // A medicine name is read only at the start.
    ['1 tab daily with lisinopril', 'lisinopril'],
    // A reason with no "as needed" or "for" before it: how it relates is not guessed.
    ['1 tab daily pain', 'pain'],
    // A clock time that is not a time.
    ['1000 ml iv hang at 2500 hours', '2500'],
    // Labelled fields: an error-prone unit in the dose field, or only a name the app does not know.
    ['medication:LEVOTHYROXINE (Synthroid) 100|dose:MCG ug|route:ORAL|frequency:DAILY', 'LEVOTHYROXINE'],
    ['medication:Zorblaxin 20mg oral tablet|dose: |route:|frequency:', 'Zorblaxin'],
    // Quantities to dispense, said as a bare number word, stay as written.
    ['1 tab nocte twenty eight tablets', 'twenty eight tablets'],
  ])('%s', (input, kept) => {
    for (const result of [en(input), es(input)]) {
      expect(result.complete, result.text).toBe(false);
      expect(result.text).toContain(kept);
    }
  });

  it('keeps a range of days in a month with its digits, and says each in the reader language', () => {
    const input = '0.25mg PO every 6-12 hours as needed from Jan 15-20, 2015';
    expect(en(input).text).toBe('Take 0.25 mg by mouth every 6 to 12 hours from January 15 to 20, 2015 if needed.');
    expect(es(input).text).toBe('Tome 0.25 mg por la boca cada 6 a 12 horas del 15 al 20 de enero de 2015 si lo necesita.');
  });

  it('reads "hang at" only with a 24-hour time', () => {
    expect(en('1000 ml iv at 100 ml/hr hang at 0900 hours').text).toBe('Give 1000 mL into a vein at 100 mL an hour starting at 0900 hours (9:00 AM).');
  });

  it('says "do not crush" and "do not chew" exactly as written, never one for the other', async () => {
    const { translateShorthand } = await import('../../../shared/plain-language/shorthand');
    expect(translateShorthand('do not crush', 'en').text).toBe('Do not crush it.');
    expect(translateShorthand('do not chew', 'en').text).toBe('Do not chew it.');
    expect(translateShorthand('do not crush or chew', 'en').text).toBe('Do not crush or chew it.');
    expect(translateShorthand('do not crush', 'es').text).toBe('No lo triture.');
    expect(translateShorthand('do not chew', 'es').text).toBe('No lo mastique.');
  });
});
