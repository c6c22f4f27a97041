import type { Medication } from '../../model/medication';
import { BUILT_IN_PHRASES } from '../../plain-language/languages';
import { writeInstructions } from '../../plain-language/instructions';
import type { InstructionPhrases } from '../../plain-language/phrases';

type SentenceFields = Pick<
  Medication,
  'instructions' | 'instructionsEdited' | 'doseAmount' | 'doseUnit' | 'form' | 'route' | 'timing' | 'asNeeded' | 'asNeededReason' | 'foodCue'
>;

/**
 * True when the stored sentence is the one the app wrote from the fields (in any language
 * it knows), so it may be written again — in another language, or after a field changed.
 * A sentence the person edited, or one that came from an imported file, is kept as it is.
 */
export function isWrittenFromFields(med: SentenceFields, extra: readonly InstructionPhrases[] = []): boolean {
  if (med.instructionsEdited) return false;
  const text = med.instructions.trim();
  if (text === '') return true;
  return [...Object.values(BUILT_IN_PHRASES), ...extra].some((phrases) => writeInstructions(med, phrases) === text);
}

/** The sentence to show: written from the fields in the reader's language, or the stored words as they are. */
export function medicationInstructions(med: SentenceFields, phrases: InstructionPhrases): string {
  return isWrittenFromFields(med, [phrases]) ? writeInstructions(med, phrases) : med.instructions.trim();
}
