import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionGlossary, createConditionGlossary, normalizeConditionName } from '../../../shared/record/conditions/glossary';

const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/glossary/conditions.json'), 'utf8')) as {
  languages: string[];
  entries: { clinical: Record<string, string[]>; plain: Record<string, string> }[];
};

describe('Condition glossary', () => {
  it('gives the everyday name in English and Spanish', () => {
    expect(conditionGlossary.plainNameFor('Essential hypertension', 'en')).toBe('High blood pressure');
    expect(conditionGlossary.plainNameFor('Essential hypertension', 'es')).toBe('Presión arterial alta');
    expect(conditionGlossary.plainNameFor('Type 2 diabetes mellitus', 'en')).toBe('Type 2 diabetes');
    expect(conditionGlossary.plainNameFor('Hyperlipidemia', 'en')).toBe('High cholesterol');
    expect(conditionGlossary.plainNameFor('Hyperlipidemia', 'es')).toBe('Colesterol alto');
  });

  it('finds a name written in either language, whatever the case, accents and spacing', () => {
    expect(conditionGlossary.plainNameFor('ESSENTIAL   HYPERTENSION', 'en')).toBe('High blood pressure');
    expect(conditionGlossary.plainNameFor('  essential hypertension. ', 'en')).toBe('High blood pressure');
    expect(conditionGlossary.plainNameFor('Hipertensión esencial', 'en')).toBe('High blood pressure');
    expect(conditionGlossary.plainNameFor('HIPERTENSION ESENCIAL', 'es')).toBe('Presión arterial alta');
    expect(conditionGlossary.plainNameFor('diabetes mellitus tipo 2', 'es')).toBe('Diabetes tipo 2');
    expect(conditionGlossary.plainNameFor('Alzheimer’s disease', 'en')).toBe("Alzheimer's disease (memory loss)");
  });

  it('reads names as imported documents write them (SNOMED tags)', () => {
    expect(conditionGlossary.plainNameFor('Essential hypertension (disorder)', 'en')).toBe('High blood pressure');
    expect(normalizeConditionName(' Hipertensión  Esencial (trastorno) ')).toBe('hipertension esencial');
  });

  it('uses English for a language it has no words in, and region variants of a language it has', () => {
    expect(conditionGlossary.plainNameFor('Essential hypertension', 'fr')).toBe('High blood pressure');
    expect(conditionGlossary.plainNameFor('Essential hypertension', 'es-MX')).toBe('Presión arterial alta');
  });

  it('knows nothing it was not told, and does not guess from part of a name', () => {
    expect(conditionGlossary.plainNameFor('Essential hyper', 'en')).toBeNull();
    expect(conditionGlossary.plainNameFor('Sarcoidosis', 'en')).toBeNull();
    expect(conditionGlossary.plainNameFor('', 'en')).toBeNull();
  });

  it('offers clinical names to type, the reader’s language first', () => {
    const spanish = conditionGlossary.clinicalNames('es');
    expect(spanish[0]).toBe('Hipertensión esencial');
    expect(spanish).toContain('Essential hypertension');
    expect(new Set(spanish).size).toBe(spanish.length);
  });

  it('ships about 40 conditions, each complete in every language and each name in one entry only', () => {
    expect(file.entries.length).toBeGreaterThanOrEqual(40);
    const seen = new Map<string, number>();
    file.entries.forEach((entry, index) => {
      for (const lang of file.languages) {
        expect(entry.plain[lang], `entry ${index} plain.${lang}`).toBeTruthy();
        expect(entry.clinical[lang]?.length, `entry ${index} clinical.${lang}`).toBeGreaterThan(0);
      }
      for (const name of Object.values(entry.clinical).flat()) {
        const key = normalizeConditionName(name);
        expect(seen.get(key) ?? index, `"${name}" is in two entries`).toBe(index);
        seen.set(key, index);
      }
    });
  });

  it('refuses a glossary file that is not in the expected shape', () => {
    expect(() => createConditionGlossary({ version: 2, languages: ['en'], entries: [] })).toThrow();
    expect(() => createConditionGlossary({ version: 1, languages: ['en'], entries: [{ clinical: { en: [''] }, plain: { en: 'x' } }] })).toThrow();
  });
});
