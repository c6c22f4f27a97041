import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { medicationStatusSchema } from '../../../../../shared/model/medication';
import { FieldGroup, SelectField, TextField } from '../../../record/fields/FormFields';
import { optionsOf, type MedicineFormApi } from './form-types';

/** When it started and stopped, and whether it is taken now (and if not, why). */
export function StatusFields({ form }: { form: MedicineFormApi }): ReactNode {
  const { t } = useTranslation('medications');
  const status = useWatch({ control: form.control, name: 'status' });
  return (
    <FieldGroup legend={t('sections.dates')}>
      <TextField form={form} name="startDate" type="date" label={t('startDate')} />
      <SelectField form={form} name="status" label={t('status')} options={optionsOf(medicationStatusSchema.options, (v) => t(`statuses.${v}`))} />
      {status === 'paused' || status === 'stopped' ? (
        <TextField form={form} name="statusReason" label={t('statusReason')} help={t('statusReasonHelp')} />
      ) : null}
      <TextField form={form} name="endDate" type="date" label={t('endDate')} />
    </FieldGroup>
  );
}
