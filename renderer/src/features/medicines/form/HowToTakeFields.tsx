import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { foodCueSchema } from '../../../../../shared/model/medication';
import { CheckboxField, FieldGroup, SelectField, TextField } from '../../../record/fields/FormFields';
import { DoseFields } from './DoseFields';
import { InstructionsField } from './InstructionsField';
import { TimingFields } from './TimingFields';
import { optionsOf, type MedicineFormApi } from './form-types';

/** Dose, route, how often, as needed, food — and the sentence written from them. */
export function HowToTakeFields({ form }: { form: MedicineFormApi }): ReactNode {
  const { t } = useTranslation('medications');
  const asNeeded = useWatch({ control: form.control, name: 'asNeeded' });
  return (
    <FieldGroup legend={t('sections.howToTake')}>
      <DoseFields form={form} />
      <TimingFields form={form} />
      <CheckboxField form={form} name="asNeeded" label={t('asNeeded')} help={t('asNeededHelp')} />
      {asNeeded ? <TextField form={form} name="asNeededReason" label={t('asNeededReason')} help={t('asNeededReasonHelp')} /> : null}
      <SelectField form={form} name="foodCue" label={t('foodCue')} options={optionsOf(foodCueSchema.options, (v) => t(`foodCues.${v}`))} />
      <InstructionsField form={form} />
    </FieldGroup>
  );
}
