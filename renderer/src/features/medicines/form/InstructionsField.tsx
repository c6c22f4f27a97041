import { useEffect, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DoseForm, FoodCue, Route } from '../../../../../shared/model/medication';
import { writeInstructions, type LooseTiming } from '../../../../../shared/plain-language/instructions';
import { Field } from '../../../components/Field';
import { useInstructionPhrases } from '../useInstructionPhrases';
import { fieldError } from './field-error';
import type { MedicineFormApi } from './form-types';
import { ShorthandSuggestion } from './ShorthandSuggestion';

const SOURCE_FIELDS = ['doseAmount', 'doseUnit', 'form', 'route', 'timing', 'asNeeded', 'asNeededReason', 'foodCue', 'instructionsEdited'] as const;

/**
 * The plain-language sentence, written live from the fields above in the screen's
 * language. Once the person edits the words they are theirs: the sentence stops following
 * the fields until they ask for it to be written again.
 */
export function InstructionsField({ form }: { form: MedicineFormApi }): ReactNode {
  const { t } = useTranslation('medications');
  const phrases = useInstructionPhrases();
  const [doseAmount, doseUnit, doseForm, route, timing, asNeeded, asNeededReason, foodCue, edited] = useWatch({ control: form.control, name: SOURCE_FIELDS });
  const sentence = writeInstructions(
    {
      doseAmount,
      doseUnit,
      form: doseForm as DoseForm | undefined,
      route: route as Route | undefined,
      timing: timing as LooseTiming | undefined,
      asNeeded,
      asNeededReason,
      foodCue: foodCue as FoodCue | undefined,
    },
    phrases,
  );
  useEffect(() => {
    // Read live, not from this render: the form may have just marked the words as kept.
    if (!form.getValues('instructionsEdited') && form.getValues('instructions') !== sentence) form.setValue('instructions', sentence);
  }, [edited, sentence, form]);
  const registered = form.register('instructions', {
    onChange: () => {
      if (!form.getValues('instructionsEdited')) form.setValue('instructionsEdited', true, { shouldDirty: true });
    },
  });
  return (
    <Field
      label={t('instructions')}
      help={t('instructionsHelp')}
      error={fieldError(form.formState.errors, 'instructions')}
      extra={
        edited ? (
          <div className="medicine-instructions-note">
            <ShorthandSuggestion form={form} />
            <p>{t('instructionsEdited')}</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                form.setValue('instructionsEdited', false, { shouldDirty: true });
                form.setFocus('instructions');
              }}
            >
              {t('rewrite')}
            </button>
          </div>
        ) : null
      }
    >
      {({ id, describedBy, invalid }) => <textarea id={id} rows={3} aria-describedby={describedBy} aria-invalid={invalid} {...registered} />}
    </Field>
  );
}
