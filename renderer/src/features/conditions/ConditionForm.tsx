import { useId, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ItemFormScreen } from '../../record/ItemFormScreen';
import { FieldGroup, SelectField, TextAreaField, TextField } from '../../record/fields/FormFields';
import { Field } from '../../components/Field';
import { validationMessage } from '../../i18n/validation-message';
import { useItemForm } from '../../record/useItemForm';
import { CONDITION_STATUSES } from '../../../../shared/model/condition';
import { conditionGlossary } from '../../../../shared/record/conditions/glossary';
import { CodesField } from './CodesField';
import { PlainNameSuggestion } from './PlainNameSuggestion';
import './conditions.css';

export function ConditionForm({ itemId }: { itemId?: string }): ReactNode {
  const { t, i18n } = useTranslation('conditions');
  const listId = useId();
  const { form, existing, onSubmit, failure, needsPerson } = useItemForm({ kind: 'condition', area: 'conditions', itemId });
  const [name = '', plainName = ''] = useWatch({ control: form.control, name: ['name', 'plainName'] });
  const suggestion = conditionGlossary.plainNameFor(name, i18n.language);
  return (
    <ItemFormScreen
      area="conditions"
      title={existing ? t('editTitle', { name: existing.plainName || existing.name }) : t('addTitle')}
      form={form}
      onSubmit={onSubmit}
      failure={failure}
      needsPerson={needsPerson}
    >
      <Field label={t('name')} help={t('nameHelp')} error={validationMessage(form.formState.errors.name?.message)}>
        {({ id, describedBy, invalid }) => (
          // The glossary's names are offered as the person types (a datalist), and an exact match brings the suggestion below.
          <input id={id} type="text" list={listId} autoComplete="off" aria-required aria-describedby={describedBy} aria-invalid={invalid} {...form.register('name')} />
        )}
      </Field>
      <datalist id={listId}>
        {conditionGlossary.clinicalNames(i18n.language).map((clinical) => (
          <option key={clinical} value={clinical} />
        ))}
      </datalist>
      <PlainNameSuggestion
        suggestion={suggestion}
        current={plainName}
        onAccept={(plain) => form.setValue('plainName', plain, { shouldDirty: true, shouldValidate: true })}
      />
      <TextField form={form} name="plainName" label={t('plainName')} help={t('plainNameHelp')} />
      <SelectField form={form} name="status" label={t('status')} options={CONDITION_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))} />
      <TextField form={form} name="since" label={t('since')} help={t('sinceHelp')} className="short-text" />
      <FieldGroup legend={t('codes')}>
        <p className="field-help">{t('codesHelp')}</p>
        <CodesField control={form.control} name="codes.snomed" label={t('snomed')} />
        <CodesField control={form.control} name="codes.icd10" label={t('icd10')} />
      </FieldGroup>
      <TextAreaField form={form} name="notes" label={t('notes')} />
    </ItemFormScreen>
  );
}
