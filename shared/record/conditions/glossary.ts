import { z } from 'zod';
import glossaryFile from '../../../resources/glossary/conditions.json';

/**
 * Everyday names for common conditions ("Essential hypertension" → "High blood pressure").
 * The words live in resources/glossary/conditions.json, so a language or a condition is
 * added as data. A clinical name written in any of the glossary's languages is found,
 * and the everyday name comes back in the language asked for (English when it has none).
 */
const glossarySchema = z.object({
  version: z.literal(1),
  languages: z.array(z.string().min(2)).min(1),
  entries: z.array(
    z.object({
      clinical: z.record(z.string(), z.array(z.string().min(1))),
      plain: z.record(z.string(), z.string().min(1)),
      /** SNOMED CT concept ids that mean this condition (only ones checked against real documents). */
      snomed: z.array(z.string().regex(/^\d{6,18}$/)).optional(),
      /** ICD-10-CM codes or categories ("E11" also finds "E11.9"). */
      icd10: z.array(z.string().regex(/^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$/)).optional(),
    }),
  ),
});
export type GlossaryData = z.infer<typeof glossarySchema>;

export interface ConditionGlossary {
  /** The everyday name for a clinical name, or null when the glossary does not know it. */
  plainNameFor(clinicalName: string, language: string): string | null;
  /** Clinical names to offer while typing: the language's own, then English ones. */
  clinicalNames(language: string): string[];
  /**
   * The everyday name for a coded condition, or null. An ICD-10-CM code is also found
   * through its parents ("E11.9" → "E11"), since a category names every code under it.
   */
  plainNameForCode(system: CodeSystem, code: string, language: string): string | null;
}

export type CodeSystem = 'snomed' | 'icd10';

/** Codes as documents write them: stray spaces, lower case, ICD-10 with or without its dot. */
export function normalizeConditionCode(system: CodeSystem, code: string): string {
  const trimmed = code.replace(/\s+/g, '');
  return system === 'icd10' ? trimmed.toUpperCase().replace('.', '') : trimmed;
}

/** "E119" → ["E119", "E11"]: the code, then each shorter parent down to the 3-character category. */
function icd10Parents(code: string): string[] {
  const parents: string[] = [];
  for (let length = code.length; length >= 3; length -= 1) parents.push(code.slice(0, length));
  return parents;
}

/** SNOMED CT's tags at the end of a term, as imported documents often carry them. */
const SEMANTIC_TAG = /\s*\((disorder|finding|trastorno|hallazgo|disease|enfermedad)\)$/;

/** The same name however it is written: case, accents, spaces, curly apostrophes, a final full stop. */
export function normalizeConditionName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .replace(SEMANTIC_TAG, '')
    .trim();
}

const baseLanguage = (language: string): string => language.toLowerCase().split(/[-_]/)[0] ?? 'en';

export function createConditionGlossary(data: unknown): ConditionGlossary {
  const { entries } = glossarySchema.parse(data);
  const byName = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) {
    for (const names of Object.values(entry.clinical)) for (const name of names) byName.set(normalizeConditionName(name), entry);
  }
  const byCode = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) {
    for (const code of entry.snomed ?? []) byCode.set(`snomed|${normalizeConditionCode('snomed', code)}`, entry);
    for (const code of entry.icd10 ?? []) byCode.set(`icd10|${normalizeConditionCode('icd10', code)}`, entry);
  }
  const plainIn = (entry: (typeof entries)[number] | undefined, language: string): string | null =>
    entry ? (entry.plain[baseLanguage(language)] ?? entry.plain.en ?? null) : null;
  return {
    plainNameFor(clinicalName, language) {
      return plainIn(byName.get(normalizeConditionName(clinicalName)), language);
    },
    plainNameForCode(system, code, language) {
      const key = normalizeConditionCode(system, code);
      if (key === '') return null;
      const candidates = system === 'icd10' ? icd10Parents(key) : [key];
      for (const candidate of candidates) {
        const entry = byCode.get(`${system}|${candidate}`);
        if (entry) return plainIn(entry, language);
      }
      return null;
    },
    clinicalNames(language) {
      const own = entries.flatMap((entry) => entry.clinical[baseLanguage(language)] ?? []);
      const english = entries.flatMap((entry) => entry.clinical.en ?? []);
      return [...new Set([...own, ...english])];
    },
  };
}

/** The glossary that ships with the app. */
export const conditionGlossary: ConditionGlossary = createConditionGlossary(glossaryFile);

/** The shipped glossary's everyday name for a SNOMED CT or ICD-10-CM code, or null. */
export function plainNameForCode(system: CodeSystem, code: string, language: string): string | null {
  return conditionGlossary.plainNameForCode(system, code, language);
}
