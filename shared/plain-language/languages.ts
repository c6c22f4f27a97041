import en from '../../resources/locales/en/instructions.json';
import es from '../../resources/locales/es/instructions.json';
import { instructionPhrasesSchema, type InstructionPhrases } from './phrases';

/**
 * The instruction phrases shipped with the app, for code that has no i18next (printouts,
 * the main process). The renderer reads the same files through i18next, so a language added
 * as resources/locales/<lang>/instructions.json is used there without any code change.
 */
export const BUILT_IN_PHRASES: Readonly<Record<string, InstructionPhrases>> = {
  en: instructionPhrasesSchema.parse(en),
  es: instructionPhrasesSchema.parse(es),
};

/** The phrases of a language ("es", "es-MX" → "es"); English when the language has none. */
export function instructionPhrases(language: string): InstructionPhrases {
  return BUILT_IN_PHRASES[language] ?? BUILT_IN_PHRASES[language.split('-')[0] ?? ''] ?? BUILT_IN_PHRASES.en!;
}
