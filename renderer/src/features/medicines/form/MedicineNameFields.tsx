import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { doseFormSchema } from '../../../../../shared/model/medication';
import { FieldGroup, SelectField, TextField } from '../../../record/fields/FormFields';
import { optionsOf, type MedicineFormApi } from './form-types';

/** Which medicine: name, brand, strength and kind. */
export function MedicineNameFields({ form }: { form: MedicineFormApi }): ReactNode {
  const { t } = useTranslation('medications');
  return (
    <FieldGroup legend={t('sections.medicine')}>
      <TextField form={form} name="name" label={t('name')} help={t('nameHelp')} required />
      <TextField form={form} name="brandName" label={t('brandName')} help={t('brandNameHelp')} />
      <TextField form={form} name="strength" label={t('strength')} help={t('strengthHelp')} />
      <SelectField form={form} name="form" label={t('form')} options={optionsOf(doseFormSchema.options, (v) => t(`forms.${v}`))} />
    </FieldGroup>
  );
}
