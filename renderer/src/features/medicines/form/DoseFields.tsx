import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { routeSchema } from '../../../../../shared/model/medication';
import { pluralForm } from '../../../../../shared/plain-language/phrases';
import { SelectField, TextField } from '../../../record/fields/FormFields';
import { useInstructionPhrases } from '../useInstructionPhrases';
import { optionsOf, type MedicineFormApi } from './form-types';

/** How much and how: the amount (as typed), its unit if unusual, and the route. */
export function DoseFields({ form }: { form: MedicineFormApi }): ReactNode {
  const { t } = useTranslation('medications');
  const phrases = useInstructionPhrases();
  const doseForm = useWatch({ control: form.control, name: 'form' }) ?? 'tablet';
  // The unit the sentence uses unless another is typed ("tablets", "mL").
  const usualUnit = pluralForm(phrases.units, doseForm, 'other');
  return (
    <>
      <TextField form={form} name="doseAmount" label={t('doseAmount')} help={t('doseAmountHelp')} className="short" />
      <TextField form={form} name="doseUnit" label={t('doseUnit', { unit: usualUnit })} help={t('doseUnitHelp')} className="short" />
      <SelectField form={form} name="route" label={t('route')} options={optionsOf(routeSchema.options, (v) => t(`routes.${v}`))} />
    </>
  );
}
