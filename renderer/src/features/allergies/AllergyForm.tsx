import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemFormScreen } from '../../record/ItemFormScreen';
import { SelectField, TextAreaField, TextField } from '../../record/fields/FormFields';
import { useItemForm } from '../../record/useItemForm';
import { allergyInputSchema } from '../../../../shared/model/allergy';

export function AllergyForm({ itemId }: { itemId?: string }): ReactNode {
  const { t } = useTranslation('allergies');
  const { form, existing, onSubmit, failure, needsPerson } = useItemForm({ kind: 'allergy', area: 'allergies', itemId });
  const options = <K extends string>(values: readonly K[], label: (value: K) => string) => values.map((value) => ({ value, label: label(value) }));
  return (
    <ItemFormScreen
      area="allergies"
      title={existing ? t('editTitle', { name: existing.substance }) : t('addTitle')}
      form={form}
      onSubmit={onSubmit}
      failure={failure}
      needsPerson={needsPerson}
    >
      <TextField form={form} name="substance" label={t('substance')} help={t('substanceHelp')} required />
      <TextField form={form} name="reaction" label={t('reaction')} help={t('reactionHelp')} />
      <SelectField form={form} name="severity" label={t('severity')} options={options(allergyInputSchema.shape.severity.unwrap().options, (v) => t(`severities.${v}`))} />
      <SelectField form={form} name="type" label={t('kind')} options={options(allergyInputSchema.shape.type.unwrap().options, (v) => t(`kinds.${v}`))} />
      <SelectField form={form} name="category" label={t('category')} options={options(allergyInputSchema.shape.category.unwrap().options, (v) => t(`categories.${v}`))} />
      <TextAreaField form={form} name="notes" label={t('notes')} />
    </ItemFormScreen>
  );
}
