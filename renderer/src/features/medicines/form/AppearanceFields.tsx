import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldGroup, TextField } from '../../../record/fields/FormFields';
import type { MedicineFormApi } from './form-types';

/** What the pill looks like: helps tell medicines apart and spot a pharmacy change. */
export function AppearanceFields({ form }: { form: MedicineFormApi }): ReactNode {
  const { t } = useTranslation('medications');
  return (
    <FieldGroup legend={t('sections.appearance')}>
      <TextField form={form} name="color" label={t('color')} />
      <TextField form={form} name="shape" label={t('shape')} />
      <TextField form={form} name="imprint" label={t('imprint')} />
    </FieldGroup>
  );
}
