import { describe, expect, it } from 'vitest';
import { translateShorthand } from '../../../shared/plain-language/shorthand/index';

const en = (text: string) => translateShorthand(text, 'en');
const es = (text: string) => translateShorthand(text, 'es');

/**
 * What records put where an instruction should be: a medicine's name alone, a statement that
 * there are no medicines, the amount supplied and the refills. Read completely, in both languages.
 */
const complete: [string, string, string][] = [
  // A known medicine's name with its strength and form, and nothing else.
  ['Aranesp 0.5 MG/ML', 'Medicine: Aranesp 0.5 MG/ML. The record does not say how to use it.', 'Medicamento: Aranesp 0.5 MG/ML. El registro no dice cómo usarlo.'],
  ['Tylenol Oral Tablet 500 MG', 'Medicine: Tylenol 500 MG (by mouth, tablet). The record does not say how to use it.', 'Medicamento: Tylenol 500 MG (por boca, tableta). El registro no dice cómo usarlo.'],
  ['CEFTRIAXONE SODIUM 100 GM INJ SOLR', 'Medicine: CEFTRIAXONE SODIUM 100 GM (shot, powder mixed into a liquid). The record does not say how to use it.', 'Medicamento: CEFTRIAXONE SODIUM 100 GM (inyección, polvo que se mezcla con un líquido). El registro no dice cómo usarlo.'],
  ['ARANESP (ALBUMIN FREE) 100 MCG/0.5ML INJ SOSY', 'Medicine: ARANESP (ALBUMIN FREE) 100 MCG/0.5ML (shot, filled syringe). The record does not say how to use it.', 'Medicamento: ARANESP (ALBUMIN FREE) 100 MCG/0.5ML (inyección, jeringa ya llena). El registro no dice cómo usarlo.'],
  ['medication:Avalide 150 mg/12.5 mg oral tablet|dose: |route:|frequency:', 'Medicine: Avalide 150 mg/12.5 mg (by mouth, tablet). The record does not say how to use it.', 'Medicamento: Avalide 150 mg/12.5 mg (por boca, tableta). El registro no dice cómo usarlo.'],
  ['Bactroban 2% Topical Cream', 'Medicine: Bactroban 2% (on the skin, cream). The record does not say how to use it.', 'Medicamento: Bactroban 2% (sobre la piel, crema). El registro no dice cómo usarlo.'],
  // Statements that there are no medicines of a kind.
  ['No Known Medications', 'No known medicines.', 'No hay medicamentos conocidos.'],
  ['No Known Medications Administered', 'No known medicines were given.', 'No se dio ningún medicamento conocido.'],
  ['No Administered Medications Recorded', 'The record shows no medicines given.', 'El registro no muestra medicamentos dados.'],
  ['Medication Administration not documented', 'The record does not say if any medicines were given.', 'El registro no dice si se dio algún medicamento.'],
  ['No Known Hospital Discharge Medications', 'No known medicines to take after the hospital stay.', 'No hay medicamentos conocidos para tomar después de salir del hospital.'],
  ['No Known Historical Medications', 'No known medicines from the past.', 'No hay medicamentos conocidos del pasado.'],
  // Amount supplied and refills, labelled or in shorthand.
  ['1 tab po daily qty 30 rf 2', 'Take 1 tablet by mouth once a day. Amount supplied: 30. Refills: 2.', 'Tome 1 tableta por la boca una vez al día. Cantidad entregada: 30. Resurtidos: 2.'],
  ['Take 1 tablet daily. Quantity: 30 Refills: 0', 'Take 1 tablet once a day. Amount supplied: 30. Refills: 0.', 'Tome 1 tableta una vez al día. Cantidad entregada: 30. Resurtidos: 0.'],
  ['take 1 capsule oral tid as needed for coughing 30 rf 0', 'Take 1 capsule by mouth 3 times a day if needed for cough. Amount supplied: 30. Refills: 0.', 'Tome 1 cápsula por la boca 3 veces al día si lo necesita para la tos. Cantidad entregada: 30. Resurtidos: 0.'],
  ['1 tab daily, 3 refills', 'Take 1 tablet once a day. Refills: 3.', 'Tome 1 tableta una vez al día. Resurtidos: 3.'],
  // Comma-separated order fields: the last one, an amount with a form, is what the pharmacy supplies.
  ['81 mg = 1 tab(s), PO, Once Daily, 30 tab(s)', 'Take 81 mg (1 tablet) by mouth once a day. The pharmacy gives you 30 tablets.', 'Tome 81 mg (1 tableta) por la boca una vez al día. La farmacia le da 30 tabletas.'],
  ['2 puff(s), INH, QID, 14 g', 'Breathe in 2 puffs by mouth 4 times a day. The pharmacy gives you 14 grams.', 'Inhale 2 inhalaciones por la boca 4 veces al día. La farmacia le da 14 gramos.'],
  ['30 units, Subcutaneous, At Bedtime, 10 mL', 'Take 30 units as a shot under the skin at bedtime. The pharmacy gives you 10 mL.', 'Póngase 30 unidades como inyección debajo de la piel al acostarse. La farmacia le da 10 mL.'],
  // "apply application": the act of applying, with no amount to invent.
  ['apply application topical bid twice a day', 'Put it on the skin 2 times a day.', 'Póngalo en la piel 2 veces al día.'],
  // A whole entry from a record: the name, the instruction, then each labelled field by its label.
  [
    'Tylenol Extra Strength 500 MG Oral Tablet TAKE 1 TABLET Every 6 hours Quantity: 40 Refills: 0 Davis, M.D. Albert Start: 26-Aug-2016 End: 5-Sep-2016 Status: Complete',
    'Medicine: Tylenol Extra Strength 500 MG (by mouth, tablet). Take 1 tablet every 6 hours. Amount supplied: 40. Refills: 0. Prescriber: “Davis, M.D. Albert”. Start: August 26, 2016. End: September 5, 2016. Status: finished.',
    'Medicamento: Tylenol Extra Strength 500 MG (por boca, tableta). Tome 1 tableta cada 6 horas. Cantidad entregada: 40. Resurtidos: 0. Quién lo recetó: «Davis, M.D. Albert». Inicio: 26 de agosto de 2016. Fin: 5 de septiembre de 2016. Estado: terminado.',
  ],
  [
    'CefTRIAXone Sodium 100 GM Injection Solution Reconstituted INJECT 1 ML Twice daily Quantity: 18 Refills: 0 Start: 26-Aug-2016 Status: Inactive',
    'Medicine: CefTRIAXone Sodium 100 GM (shot, liquid, mixed before use). Inject 1 mL 2 times a day. Amount supplied: 18. Refills: 0. Start: August 26, 2016. Status: no longer in use.',
    'Medicamento: CefTRIAXone Sodium 100 GM (inyección, líquido, se mezcla antes de usarlo). Inyecte 1 mL 2 veces al día. Cantidad entregada: 18. Resurtidos: 0. Inicio: 26 de agosto de 2016. Estado: ya no se usa.',
  ],
  [
    'cefTRIAXone 10 g injection 1 unit(s) injectable 2 times a day Quantity: 1 Refills: 0 Ordered: 22-Jun-2015 Seven, Henry Start: 22-Jun-2015 End: 24-Jun-2015 Generic Substitution Allowed',
    'Medicine: cefTRIAXone 10 g (shot). Take 1 unit as a shot 2 times a day. Amount supplied: 1. Refills: 0. Ordered: June 22, 2015. Prescriber: “Seven, Henry”. Start: June 22, 2015. End: June 24, 2015. The pharmacy may give you a generic.',
    'Medicamento: cefTRIAXone 10 g (inyección). Póngase 1 unidad como inyección 2 veces al día. Cantidad entregada: 1. Resurtidos: 0. Recetado el: 22 de junio de 2015. Quién lo recetó: «Seven, Henry». Inicio: 22 de junio de 2015. Fin: 24 de junio de 2015. La farmacia le puede dar un genérico.',
  ],
  // Comments made of the pharmacy's standard warning labels, each said in plain words.
  [
    'clindamycin 300 mg oral capsule 1 unit(s) orally 3 times a day Quantity: 3 Refills: 0 Start: 23-Jun-2015 Comments: Finish all this medication unless otherwise directed by prescriber. Medication should be taken with plenty of water.',
    'Medicine: clindamycin 300 mg (by mouth, capsule). Take 1 unit by mouth 3 times a day. Amount supplied: 3. Refills: 0. Start: June 23, 2015. Finish all of it unless your doctor tells you something else. Take it with plenty of water.',
    'Medicamento: clindamycin 300 mg (por boca, cápsula). Tome 1 unidad por la boca 3 veces al día. Cantidad entregada: 3. Resurtidos: 0. Inicio: 23 de junio de 2015. Termínelo todo a menos que su médico le indique otra cosa. Tómelo con mucha agua.',
  ],
  [
    'torsemide 20 mg oral tablet 1 unit(s) orally once a day Quantity: 1 Comments: Avoid grapefruit and grapefruit juice while taking this medication. Do not chew, break, or crush.',
    'Medicine: torsemide 20 mg (by mouth, tablet). Take 1 unit by mouth once a day. Amount supplied: 1. Do not eat grapefruit or drink grapefruit juice while you take this medicine. Do not chew, break, or crush it.',
    'Medicamento: torsemide 20 mg (por boca, tableta). Tome 1 unidad por la boca una vez al día. Cantidad entregada: 1. No coma toronja ni tome jugo de toronja mientras tome este medicamento. No lo mastique, no lo parta y no lo triture.',
  ],
  // A strength written in brackets keeps them; two-word forms.
  ['levothyroxine 100 mcg (0.1 mg) oral tablet', 'Medicine: levothyroxine 100 mcg (0.1 mg) (by mouth, tablet). The record does not say how to use it.', 'Medicamento: levothyroxine 100 mcg (0.1 mg) (por boca, tableta). El registro no dice cómo usarlo.'],
  ['Depakote 500 mg oral delayed release tablet', 'Medicine: Depakote 500 mg (by mouth, delayed release, tablet). The record does not say how to use it.', 'Medicamento: Depakote 500 mg (por boca, de liberación retardada, tableta). El registro no dice cómo usarlo.'],
  // A flattened medication-table row: product, RxNorm code, generic name, start and stop dates as written, instruction.
  [
    'Tylenol Extra Strength 500 MG Oral Tablet RxNorm: 209459 Acetaminophen 500 MG 2015-06-22 Not Indicated Take 1 tablet (500 mg) by mouth every 6 hours as needed',
    'Medicine: Tylenol Extra Strength 500 MG (by mouth, tablet). Generic name: Acetaminophen 500 MG. RxNorm code: 209459. Start: 2015-06-22. End: not given. Take 1 tablet (500 mg) by mouth every 6 hours if needed.',
    'Medicamento: Tylenol Extra Strength 500 MG (por boca, tableta). Nombre genérico: Acetaminophen 500 MG. Código RxNorm: 209459. Inicio: 2015-06-22. Fin: no se indica. Tome 1 tableta (500 mg) por la boca cada 6 horas si lo necesita.',
  ],
  [
    'Metformin Hydrochloride (metformin) oral tablet RxNorm: 861007 metFORMIN 500 mg Not Indicated 2007-08-06',
    'Medicine: Metformin Hydrochloride (metformin) (by mouth, tablet). Generic name: metFORMIN 500 mg. RxNorm code: 861007. Start: not given. End: 2007-08-06. The record does not say how to use it.',
    'Medicamento: Metformin Hydrochloride (metformin) (por boca, tableta). Nombre genérico: metFORMIN 500 mg. Código RxNorm: 861007. Inicio: no se indica. Fin: 2007-08-06. El registro no dice cómo usarlo.',
  ],
  // The product's strength in brackets after an instruction; a dose after the form is never taken into the name.
  ['1 Unit once a week (500 MCG/ML)', 'Take 1 unit once a week. Strength: 500 MCG/ML.', 'Tome 1 unidad una vez a la semana. Concentración: 500 MCG/ML.'],
  [
    'Darbepoetin Alfa 500 MCG/ML Injection Solution Prefilled Syringe 1 Unit once a week (500 MCG/ML) Start: 22-Jun-2015',
    'Medicine: Darbepoetin Alfa 500 MCG/ML (shot, liquid, filled syringe). Take 1 unit once a week. Strength: 500 MCG/ML. Start: June 22, 2015.',
    'Medicamento: Darbepoetin Alfa 500 MCG/ML (inyección, líquido, jeringa ya llena). Tome 1 unidad una vez a la semana. Concentración: 500 MCG/ML. Inicio: 22 de junio de 2015.',
  ],
  // Another export's spelling of the labels, and its placeholder when no prescriber is named.
  [
    'METOPROLOL TARTRATE, 50MG (Oral Tablet) 1 (one) Tablet daily for 30 days Quantity: 30 Refills: 0 Ordered :30-May-2013 Manning, Terry MD Started 30-May-2013Active',
    'Medicine: METOPROLOL TARTRATE 50MG (by mouth, tablet). Take 1 tablet once a day for 30 days. Amount supplied: 30. Refills: 0. Ordered: May 30, 2013. Prescriber: “Manning, Terry MD”. Start: May 30, 2013. Status: still in use.',
    'Medicamento: METOPROLOL TARTRATE 50MG (por boca, tableta). Tome 1 tableta una vez al día durante 30 días. Cantidad entregada: 30. Resurtidos: 0. Recetado el: 30 de mayo de 2013. Quién lo recetó: «Manning, Terry MD». Inicio: 30 de mayo de 2013. Estado: se sigue usando.',
  ],
  [
    'Tylenol 500 MG CAPS For 10 days As needed Quantity: 0 Refills: 0 Recipient, Unknown End: 1-Jul-2015 Status: Complete',
    'Medicine: Tylenol 500 MG (capsule). Take it for 10 days if needed. Amount supplied: 0. Refills: 0. Prescriber: not known. End: July 1, 2015. Status: finished.',
    'Medicamento: Tylenol 500 MG (cápsula). Tómelo durante 10 días si lo necesita. Cantidad entregada: 0. Resurtidos: 0. Quién lo recetó: no se sabe. Fin: 1 de julio de 2015. Estado: terminado.',
  ],
];

describe('translateShorthand: what records put in the instructions', () => {
  it.each(complete)('%s', (input, english, spanish) => {
    const [inEnglish, inSpanish] = [en(input), es(input)];
    expect(inEnglish.text).toBe(english);
    expect(inSpanish.text).toBe(spanish);
    expect(inEnglish.complete).toBe(true);
    expect(inSpanish.complete).toBe(true);
    expect(inEnglish.flags).toEqual([]);
  });

  it.each([
    // A name the app does not know, or a misspelt one.
    ['Zorblaxin 10 mg tablet', 'Zorblaxin'],
    ['gliburide 2.5 mg', 'gliburide'],
    // A name with a code, a date or any other word beside it.
    ['Lisinopril oral tablet RxNorm: 314076 lisinopril 10 mg', 'RxNorm'],
    ['Tylenol 500 MG 2015-06-22', '2015'],
    // Error-prone strengths are never read as a name line: a trailing zero, a naked decimal point, "ug".
    ['Aranesp 1.0 mg', '1.0'],
    ['Aranesp .5 mg', '.5'],
    ['Synthroid 100 ug', 'ug'],
    // A bare number before the refills is read as the quantity only at the very end of an order.
    ['30 rf 0', '30 rf 0'],
    ['take 1 capsule oral tid 30 rf 0 with food', '30'],
    // Record fields alone are not an instruction.
    ['Quantity: 30 Refills: 0', 'Quantity'],
    // A whole entry with a placeholder for the prescriber, a comment not understood, or a field of the wrong shape.
    ['Tylenol 500 MG CAPS For 10 days As needed Quantity: 0 Refills: 0 Someone, Unknown End: 1-Jul-2015 Status: Complete', 'Someone'],
    ['Tylenol 500 MG CAPS For 10 days Quantity: 0 Refills: 0 Dr Davis said so Start: 1-Jul-2015', 'said so'],
    // A bracketed amount that is not a strength after an instruction.
    ['1 tab daily (500 ug)', 'ug'],
    ['Tylenol 500 MG Oral Tablet take 1 tablet daily Quantity: 30 Comments: It is very important that you take this exactly as directed.', 'important'],
    ['Tylenol 500 MG Oral Tablet take 1 tablet daily Quantity: lots Refills: 0', 'lots'],
    ['Tylenol 500 MG Oral Tablet take 1 tablet daily Status: On hold', 'hold'],
    // A comment with one sentence that is not a known warning label.
    ['torsemide 20 mg oral tablet 1 unit(s) orally once a day Quantity: 1 Comments: Avoid grapefruit. Medication taken as needed.', 'Medication taken'],
    // A table row with an unknown generic name, a date that is not a date, or an instruction not understood.
    ['Lisinopril oral tablet RxNorm: 314076 zorblaxin 10 mg Not Indicated Not Indicated', 'zorblaxin'],
    ['Lisinopril oral tablet RxNorm: 314076 lisinopril 10 mg 2015-13-40 Not Indicated', '2015-13-40'],
    ['Lisinopril oral tablet RxNorm: 314076 lisinopril 10 mg Not Indicated Not Indicated take as told by Bob', 'Bob'],
    // "release" alone is not a form.
    ['Depakote 500 mg release', 'release'],
    // The last comma field is an amount supplied only after dose, route and frequency fields.
    ['1 tab, 30 tab(s)', '30'],
  ])('%s stays flagged', (input, kept) => {
    for (const result of [en(input), es(input)]) {
      expect(result.complete, result.text).toBe(false);
      expect(result.text).toContain(kept);
    }
  });
});
