import type { CareTeamMember } from '../model/care-team';
import type { Medication } from '../model/medication';
import { instructionPhrases } from '../plain-language/languages';
import { translateShorthand } from '../plain-language/shorthand';
import { writeInstructions } from '../plain-language/instructions';
import { isWrittenFromFields } from '../record/medication/instructions-text';
import { medicinePurpose } from '../record/medication/purpose-glossary';
import type { PrintLanguage } from './print-request';

/** A text in the printout's language and, when bilingual and different, in English. */
export interface TwoLanguages {
  first: string;
  english: string | null;
}

export { medicineTitle } from '../record/medication/display-name';

/**
 * How to take it. A sentence the app wrote from the fields is written again in each
 * language. Words the person typed or a file brought are never reworded, except shorthand
 * ("1 tab po bid") that the translator reads completely, keeping every number.
 */
export function medicineInstructions(med: Medication, language: PrintLanguage, bilingual: boolean): TwoLanguages {
  const english = bilingual && language !== 'en';
  if (isWrittenFromFields(med)) {
    const first = writeInstructions(med, instructionPhrases(language));
    const second = english ? writeInstructions(med, instructionPhrases('en')) : null;
    return { first, english: second !== first ? second : null };
  }
  const stored = med.instructions.trim();
  const inFirst = translateShorthand(stored, language);
  if (!inFirst.complete) return { first: stored, english: null };
  const inEnglish = english ? translateShorthand(stored, 'en') : null;
  return { first: inFirst.text, english: inEnglish ? (inEnglish.complete ? inEnglish.text : stored) : null };
}

/**
 * What it is for: what the person typed, as typed; otherwise what the glossary says it is
 * usually for ("Usually for" says it is a hint, not a diagnosis).
 */
export function medicinePurposeText(med: Medication, language: PrintLanguage, bilingual: boolean, usuallyFor: (lang: PrintLanguage, purpose: string) => string): TwoLanguages {
  if (med.purpose.trim()) return { first: med.purpose.trim(), english: null };
  const rxnorm = med.codes.rxnorm;
  const found = medicinePurpose(med.name, language, rxnorm);
  if (!found) return { first: '', english: null };
  const englishFound = bilingual && language !== 'en' ? medicinePurpose(med.name, 'en', rxnorm) : null;
  return { first: usuallyFor(language, found.purpose), english: englishFound ? usuallyFor('en', englishFound.purpose) : null };
}

/** Who prescribed it, by the care-team link (or nothing). */
export function prescriberName(med: Pick<Medication, 'prescriberId'>, team: readonly CareTeamMember[]): string {
  return team.find((member) => member.id === med.prescriberId)?.name ?? '';
}
