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
    }),
  ),
});
export type GlossaryData = z.infer<typeof glossarySchema>;

export interface ConditionGlossary {
  /** The everyday name for a clinical name, or null when the glossary does not know it. */
  plainNameFor(clinicalName: string, language: string): string | null;
  /** Clinical names to offer while typing: the language's own, then English ones. */
  clinicalNames(language: string): string[];
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
  return {
    plainNameFor(clinicalName, language) {
      const entry = byName.get(normalizeConditionName(clinicalName));
      if (!entry) return null;
      return entry.plain[baseLanguage(language)] ?? entry.plain.en ?? null;
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
