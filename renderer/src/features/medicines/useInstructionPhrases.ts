import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { instructionPhrases } from '../../../../shared/plain-language/languages';
import { parsePhrases, type InstructionPhrases } from '../../../../shared/plain-language/phrases';

/**
 * The instruction phrases of the screen's language, read from i18next's "instructions"
 * namespace (so a language added as a locale file works with no code change), checked
 * like any outside data; the built-in phrases otherwise.
 */
export function useInstructionPhrases(): InstructionPhrases {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => parsePhrases(i18n.getResourceBundle(language, 'instructions')) ?? instructionPhrases(language), [i18n, language]);
}
