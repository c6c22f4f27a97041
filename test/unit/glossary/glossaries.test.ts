import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionGlossary, normalizeConditionName, plainNameForCode } from '../../../shared/record/conditions/glossary';
import { createMedicineGlossary, medicineGlossary, medicinePurpose, medicineWords } from '../../../shared/record/medication/purpose-glossary';

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../..', path), 'utf8'));
const conditions = readJson('resources/glossary/conditions.json') as {
  languages: string[];
  entries: { clinical: Record<string, string[]>; plain: Record<string, string>; snomed?: string[]; icd10?: string[] }[];
};
const medicines = readJson('resources/glossary/medicines.json') as {
  languages: string[];
  entries: { names: Record<string, string[]>; brands?: string[]; rxnorm?: string[]; purpose: Record<string, string> }[];
};

/** Each key found in one entry only. */
function expectEachInOneEntry(keysOfEntry: (index: number) => string[], count: number): void {
  const seen = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    for (const key of keysOfEntry(index)) {
      expect(seen.get(key) ?? index, `"${key}" is in two entries`).toBe(index);
      seen.set(key, index);
    }
  }
}

describe('Conditions glossary file', () => {
  it('has at least 150 conditions, each complete in English and Spanish', () => {
    expect(conditions.entries.length).toBeGreaterThanOrEqual(150);
    expect(conditions.languages).toEqual(['en', 'es']);
    conditions.entries.forEach((entry, index) => {
      for (const lang of ['en', 'es']) {
        expect(entry.plain[lang]?.trim(), `entry ${index} plain.${lang}`).toBeTruthy();
        expect(entry.clinical[lang]?.length, `entry ${index} clinical.${lang}`).toBeGreaterThan(0);
      }
    });
  });

  it('has no clinical name and no code in two entries', () => {
    expectEachInOneEntry((i) => Object.values(conditions.entries[i]!.clinical).flat().map(normalizeConditionName), conditions.entries.length);
    expectEachInOneEntry((i) => (conditions.entries[i]!.snomed ?? []).map((code) => `snomed ${code}`), conditions.entries.length);
    expectEachInOneEntry((i) => (conditions.entries[i]!.icd10 ?? []).map((code) => `icd10 ${code}`), conditions.entries.length);
  });
});

describe('Condition lookups by name and code', () => {
  it('finds new conditions by name in both languages', () => {
    expect(conditionGlossary.plainNameFor('Acute bronchitis (disorder)', 'en')).toBe('Chest cold (bronchitis)');
    expect(conditionGlossary.plainNameFor('Bronquitis aguda', 'es')).toBe('Resfriado de pecho (bronquitis)');
    expect(conditionGlossary.plainNameFor('End-stage renal disease', 'es')).toBe('Falla de los riñones (los riñones ya no funcionan)');
    expect(conditionGlossary.plainNameFor('herpes zoster', 'es')).toBe('Culebrilla (un sarpullido con dolor)');
  });

  it('finds SNOMED CT codes seen in real documents (the corpus)', () => {
    const seen: [string, string][] = [
      ['59621000', 'High blood pressure'], // Essential hypertension (disorder)
      ['38341003', 'High blood pressure'], // Hypertensive disorder, systemic arterial
      ['44054006', 'Type 2 diabetes'],
      ['55822004', 'High cholesterol'],
      ['431857002', 'Long-term kidney disease'], // Chronic kidney disease stage 4
      ['46177005', 'Kidney failure (the kidneys have stopped working)'],
      ['195662009', 'Sore throat'], // Acute viral pharyngitis
      ['444814009', 'Sinus infection'],
      ['247472004', 'Hives (itchy bumps on the skin)'],
      ['238131007', 'Overweight'],
      ['83986005', 'Underactive thyroid'], // Severe hypothyroidism
      ['449868002', 'Smoking (tobacco use)'],
    ];
    for (const [code, plain] of seen) expect(plainNameForCode('snomed', code, 'en'), code).toBe(plain);
    expect(plainNameForCode('snomed', '59621000', 'es')).toBe('Presión arterial alta');
    expect(plainNameForCode('snomed', ' 44054006 ', 'es-MX')).toBe('Diabetes tipo 2');
  });

  it('finds ICD-10-CM codes seen in real documents, including through their category', () => {
    expect(plainNameForCode('icd10', 'I10', 'en')).toBe('High blood pressure');
    expect(plainNameForCode('icd10', 'E11.9', 'en')).toBe('Type 2 diabetes'); // stored as E11
    expect(plainNameForCode('icd10', 'e119', 'es')).toBe('Diabetes tipo 2'); // no dot, lower case
    expect(plainNameForCode('icd10', '\tR50.9', 'en')).toBe('Fever'); // a stray tab, as one document has
    expect(plainNameForCode('icd10', 'H40.11X0', 'en')).toBe('Glaucoma (high pressure in the eye)'); // stored as H40.1
    expect(plainNameForCode('icd10', 'J45.909', 'en')).toBe('Asthma');
    expect(plainNameForCode('icd10', 'I21.3', 'en')).toBe('Heart attack');
    expect(plainNameForCode('icd10', 'N17.9', 'en')).toBe('Sudden kidney problem');
    expect(plainNameForCode('icd10', 'C18.9', 'es')).toBe('Cáncer de colon (del intestino grueso)');
  });

  it('prefers the most specific code and guesses nothing else', () => {
    expect(plainNameForCode('icd10', 'E66.3', 'en')).toBe('Overweight');
    expect(plainNameForCode('icd10', 'E66.9', 'en')).toBe('Obesity (too much body weight)');
    expect(plainNameForCode('icd10', 'N18.6', 'en')).toBe('Kidney failure (the kidneys have stopped working)');
    expect(plainNameForCode('icd10', 'N18.3', 'en')).toBe('Long-term kidney disease');
    expect(plainNameForCode('icd10', 'H40.05', 'en')).toBeNull(); // ocular hypertension is not glaucoma
    expect(plainNameForCode('icd10', 'E1', 'en')).toBeNull();
    expect(plainNameForCode('icd10', '', 'en')).toBeNull();
    expect(plainNameForCode('snomed', '5962100', 'en')).toBeNull(); // a truncated code from a real file
    expect(plainNameForCode('snomed', 'I10', 'en')).toBeNull(); // systems are kept apart
  });
});

describe('Medicines glossary file', () => {
  it('has at least 150 medicines, each with names and a purpose in English and Spanish', () => {
    expect(medicines.entries.length).toBeGreaterThanOrEqual(150);
    medicines.entries.forEach((entry, index) => {
      for (const lang of ['en', 'es']) {
        expect(entry.names[lang]?.length, `entry ${index} names.${lang}`).toBeGreaterThan(0);
        expect(entry.purpose[lang]?.trim(), `entry ${index} purpose.${lang}`).toBeTruthy();
      }
    });
  });

  it('has no generic or brand name and no RxNorm code in two entries', () => {
    const names = (i: number) => {
      const entry = medicines.entries[i]!;
      return [...Object.values(entry.names).flat(), ...(entry.brands ?? [])].map((name) => medicineWords(name).join(' '));
    };
    expectEachInOneEntry(names, medicines.entries.length);
    expectEachInOneEntry((i) => medicines.entries[i]!.rxnorm ?? [], medicines.entries.length);
  });

  it('refuses a file that is not in the expected shape', () => {
    expect(() => createMedicineGlossary({ version: 1, languages: ['en'], usuallyFor: { en: 'x' }, entries: [{ names: { en: ['a'] }, purpose: {} , rxnorm: ['abc'] }] })).toThrow();
    expect(() => createMedicineGlossary({ version: 2, languages: ['en'], usuallyFor: { en: 'x' }, entries: [] })).toThrow();
  });
});

describe('Medicine purpose lookup', () => {
  it('reads product descriptions as documents write them', () => {
    expect(medicinePurpose('Lisinopril 10 MG Oral Tablet', 'en')).toEqual({ purpose: 'For blood pressure', generic: 'lisinopril' });
    expect(medicinePurpose('metformin hydrochloride 500 MG', 'en')).toEqual({ purpose: 'For diabetes (blood sugar)', generic: 'metformin' });
    expect(medicinePurpose('24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet', 'en')?.generic).toBe('metformin');
    expect(medicinePurpose('lisinopril-hydroCHLOROthiazide 10-12.5 MG per tablet', 'en')?.generic).toBe('lisinopril');
    expect(medicinePurpose('3 ML insulin glargine 100 UNT/ML Pen Injector [Lantus]', 'en')?.generic).toBe('insulin glargine');
    expect(medicinePurpose('Lipitor 20mg oral tablet', 'en')?.generic).toBe('atorvastatin');
    expect(medicinePurpose('Tylenol Extra Strength 500 mg tablet', 'en')?.purpose).toBe('For pain and fever');
    expect(medicinePurpose('traMADol hydrochloride 50 MG Oral Tablet', 'en')?.generic).toBe('tramadol');
  });

  it('answers in Spanish, and finds Spanish names whatever the accents', () => {
    expect(medicinePurpose('Lisinopril 10 MG Oral Tablet', 'es')).toEqual({ purpose: 'Para la presión arterial', generic: 'lisinopril' });
    expect(medicinePurpose('Metformina 850 mg comprimidos', 'es')).toEqual({ purpose: 'Para la diabetes (azúcar en la sangre)', generic: 'metformina' });
    expect(medicinePurpose('LOSARTAN 50 MG', 'es')?.generic).toBe('losartán');
    expect(medicinePurpose('Ácido acetilsalicílico 100 mg', 'en')?.generic).toBe('aspirin');
    expect(medicinePurpose('omeprazol 20 mg cápsulas', 'es-MX')?.purpose).toBe('Para la acidez y el ácido del estómago');
    expect(medicineGlossary.usuallyForLabel('es')).toBe('Para qué se usa por lo general');
    expect(medicineGlossary.usuallyForLabel('fr')).toBe('What it is usually for');
  });

  it('matches whole words only', () => {
    expect(medicinePurpose('Lisinoprilx 10 mg', 'en')).toBeNull();
    expect(medicinePurpose('Vitamin C 500 mg', 'en')).toBeNull();
    expect(medicinePurpose('', 'en')).toBeNull();
  });

  it('uses RxNorm codes first: ingredients, and products seen in real documents', () => {
    expect(medicinePurpose('Unknown', 'en', ['314076'])?.generic).toBe('lisinopril'); // Lisinopril 10 MG Oral Tablet
    expect(medicinePurpose('', 'en', ['6809'])?.generic).toBe('metformin'); // ingredient
    expect(medicinePurpose('', 'en', ['860975'])?.generic).toBe('metformin');
    expect(medicinePurpose('Amoxicillin 875 MG / Clavulanate 125 MG Oral Tablet', 'en', ['824194'])?.generic).toBe('amoxicillin and clavulanate');
    expect(medicinePurpose('Amoxicillin 875 MG / Clavulanate 125 MG Oral Tablet', 'en')?.generic).toBe('amoxicillin');
    expect(medicinePurpose('1 ML Epoetin Alfa 4000 UNT/ML Injection [Epogen]', 'en', ['205923'])?.purpose).toBe('For low red blood cells (anemia)');
    expect(medicinePurpose('Hydrochlorothiazide 25 MG Oral Tablet', 'en', ['99999999'])?.generic).toBe('hydrochlorothiazide'); // unknown code: the name decides
  });

  it('knows the medicines named in real documents by their product names', () => {
    const products = [
      'Lisinopril 10 MG Oral Tablet', 'Hydrochlorothiazide 25 MG Oral Tablet', 'Atenolol 25 MG Oral Tablet', 'Diazepam 5 MG Oral Tablet',
      'Aspirin 81 MG Oral Tablet', 'Acetaminophen 325 MG Oral Tablet', 'Warfarin Sodium 5 MG Oral Tablet', 'Metoprolol Tartrate 50 MG Oral Tablet',
      '24 HR metoprolol succinate 100 MG Extended Release Oral Tablet', 'atorvastatin 40 MG Oral Tablet', 'Amlodipine 10 MG Oral Tablet',
      'Furosemide 40 MG Oral Tablet', 'Digoxin 0.125 MG Oral Tablet', 'Levothyroxine Sodium 0.1 MG Oral Tablet', 'Azithromycin 250 MG Oral Tablet',
      'Amoxicillin 500 MG Oral Tablet', 'Ibuprofen 400 MG Oral Tablet [Ibu]', 'Naproxen sodium 550 MG Oral Tablet', 'Sumatriptan 25 MG Oral Tablet',
      'budesonide 0.25 MG/ML Inhalation Suspension', 'albuterol 0.21 MG/ML Inhalation Solution', 'Nitroglycerin 0.4 MG/ACTUAT Mucosal Spray',
      'Galantamine 4 MG Oral Tablet', 'ferrous sulfate 325 MG Oral Tablet', 'Flomax 0.4 MG Oral Capsule', 'Proscar 5 MG Oral Tablet',
      'Neurontin 300 MG Oral Capsule', 'Cordarone 200 MG Oral Tablet', 'Ambien 5 MG Oral Tablet', 'Phenazopyridine hydrochloride 100 MG Oral Tablet',
      'Promethazine Hydrochloride 25 MG Oral Tablet', 'Nitrofurantoin 5 MG/ML Oral Suspension', 'Cefuroxime 250 MG Oral Tablet',
    ];
    for (const product of products) expect(medicinePurpose(product, 'en'), product).not.toBeNull();
  });
});
