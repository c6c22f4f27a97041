import { z } from 'zod';
import glossaryFile from '../../../resources/glossary/medicines.json';

/**
 * What a common medicine is usually for, in plain words ("Lisinopril" → "For blood pressure").
 * The words live in resources/glossary/medicines.json, so a medicine or a language is added as
 * data. It is only a hint for a medicine whose purpose nobody typed: a medicine can be given
 * for other reasons, so the screen says "usually".
 */
const languageText = z.record(z.string(), z.string().min(1));
const glossarySchema = z.object({
  version: z.literal(1),
  languages: z.array(z.string().min(2)).min(1),
  /** The label shown before the purpose ("Usually for"), per language. */
  usuallyFor: languageText,
  entries: z.array(
    z.object({
      /** Generic names per language, the usual one first (salts like "hydrochloride" are left out). */
      names: z.record(z.string(), z.array(z.string().min(1))),
      brands: z.array(z.string().min(1)).optional(),
      /** RxNorm CUIs: the ingredient's, or products seen in real documents whose name is this medicine. */
      rxnorm: z.array(z.string().regex(/^\d{1,8}$/)).optional(),
      /** Starts with the language's "For …" / "Para …", so it reads on its own. */
      purpose: languageText,
    }),
  ),
});
export type MedicineGlossaryData = z.infer<typeof glossarySchema>;
type Entry = MedicineGlossaryData['entries'][number];

export interface MedicinePurpose {
  /** "For blood pressure" in the language asked for (English when it has none). */
  purpose: string;
  /** The generic name in that language ("metformina" in Spanish). */
  generic: string;
}

export interface MedicineGlossary {
  purposeOf(nameOrDisplay: string, language: string, rxnorm?: readonly string[]): MedicinePurpose | null;
  /** "Usually for" in the language asked for. */
  usuallyForLabel(language: string): string;
}

/** Words of a name or product description, however written: case, accents, dashes, slashes, numbers. */
export function medicineWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

const baseLanguage = (language: string): string => language.toLowerCase().split(/[-_]/)[0] ?? 'en';

export function createMedicineGlossary(data: unknown): MedicineGlossary {
  const { entries, usuallyFor } = glossarySchema.parse(data);
  const byName = new Map<string, Entry>();
  const byCode = new Map<string, Entry>();
  let longestName = 1;
  for (const entry of entries) {
    for (const name of [...Object.values(entry.names).flat(), ...(entry.brands ?? [])]) {
      const words = medicineWords(name);
      longestName = Math.max(longestName, words.length);
      byName.set(words.join(' '), entry);
    }
    for (const code of entry.rxnorm ?? []) byCode.set(code, entry);
  }

  /** The name that starts first in the text, the longest one there ("insulin glargine" before "insulin"). */
  const findByWords = (words: string[]): Entry | undefined => {
    for (let start = 0; start < words.length; start += 1) {
      for (let length = Math.min(longestName, words.length - start); length >= 1; length -= 1) {
        const entry = byName.get(words.slice(start, start + length).join(' '));
        if (entry) return entry;
      }
    }
    return undefined;
  };

  return {
    purposeOf(nameOrDisplay, language, rxnorm = []) {
      const entry = rxnorm.map((code) => byCode.get(code.trim())).find((found) => found !== undefined) ?? findByWords(medicineWords(nameOrDisplay));
      if (!entry) return null;
      const lang = baseLanguage(language);
      const purpose = entry.purpose[lang] ?? entry.purpose.en;
      const generic = entry.names[lang]?.[0] ?? entry.names.en?.[0];
      return purpose && generic ? { purpose, generic } : null;
    },
    usuallyForLabel(language) {
      return usuallyFor[baseLanguage(language)] ?? usuallyFor.en ?? '';
    },
  };
}

/** The glossary that ships with the app. */
export const medicineGlossary: MedicineGlossary = createMedicineGlossary(glossaryFile);

/**
 * What a medicine is usually for, from its name or a product description ("Lisinopril 10 MG
 * Oral Tablet", "metformin hydrochloride 500 MG") and, when known, its RxNorm codes.
 * Whole words only, so "Lisinoprilo" or "Metforminish" find nothing. Null when unknown.
 */
export function medicinePurpose(nameOrDisplay: string, language: string, rxnorm?: readonly string[]): MedicinePurpose | null {
  return medicineGlossary.purposeOf(nameOrDisplay, language, rxnorm);
}
