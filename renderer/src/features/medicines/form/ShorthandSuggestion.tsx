import { useDeferredValue, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateShorthand } from '../../../../../shared/plain-language/shorthand';
import type { MedicineFormApi } from './form-types';

/**
 * When the person types or pastes a pharmacy label's shorthand ("1 tab po bid prn pain")
 * into the instructions, offer it in plain words. Nothing changes until they choose
 * "Use these words"; words the translator does not know are kept and flagged.
 */
export function ShorthandSuggestion({ form }: { form: MedicineFormApi }): ReactNode {
  const { t, i18n } = useTranslation('medications');
  const [instructions, edited] = useWatch({ control: form.control, name: ['instructions', 'instructionsEdited'] });
  const typed = useDeferredValue(typeof instructions === 'string' ? instructions : '');
  if (!edited || typed.trim().length < 3) return null;
  const language = i18n.language.startsWith('es') ? 'es' : 'en';
  const translation = translateShorthand(typed, language);
  const sameWords = translation.text.trim().toLowerCase() === typed.trim().toLowerCase();
  // Offer only a rewording: not the same words, and not text the translator kept as written.
  const keptAsWritten = translation.text.startsWith(`${typed.trim()} —`);
  if (sameWords || keptAsWritten) return null;
  return (
    <div className="shorthand-suggestion" role="status">
      <p className="shorthand-label">{t('shorthand.inPlainWords')}</p>
      <p className="shorthand-text">{translation.text}</p>
      {translation.flags.some((flag) => flag.kind === 'errorProne') ? <p className="medicine-warning">{t('shorthand.errorProne')}</p> : null}
      <button
        type="button"
        className="button"
        onClick={() => {
          form.setValue('instructions', translation.text, { shouldDirty: true });
          form.setFocus('instructions');
        }}
      >
        {t('shorthand.use')}
      </button>
    </div>
  );
}
