import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ItemFormScreen } from '../../record/ItemFormScreen';
import { CheckboxField, FieldGroup, SelectField, TextAreaField, TextField } from '../../record/fields/FormFields';
import { useItemForm } from '../../record/useItemForm';
import { CARE_TEAM_ROLES } from '../../../../shared/model/care-team';

export function CareTeamForm({ itemId }: { itemId?: string }): ReactNode {
  const { t } = useTranslation('careTeam');
  const { form, existing, onSubmit, failure, needsPerson } = useItemForm({
    kind: 'careTeamMember',
    area: 'careTeam',
    itemId,
    // A specialty typed before the role changed is not kept for a non-specialist.
    beforeSave: (item) => (item.role === 'specialist' ? item : { ...item, specialty: '' }),
  });
  const role = useWatch({ control: form.control, name: 'role' });
  return (
    <ItemFormScreen
      area="careTeam"
      title={existing ? t('editTitle', { name: existing.name }) : t('addTitle')}
      form={form}
      onSubmit={onSubmit}
      failure={failure}
      needsPerson={needsPerson}
    >
      <TextField form={form} name="name" label={t('name')} help={t('nameHelp')} required />
      <SelectField form={form} name="role" label={t('role')} options={CARE_TEAM_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
      {role === 'specialist' ? <TextField form={form} name="specialty" label={t('specialty')} help={t('specialtyHelp')} /> : null}
      <TextField form={form} name="organization" label={t('organization')} autoComplete="organization" />
      <FieldGroup legend={t('contact')}>
        <TextField form={form} name="phone" type="tel" label={t('phone')} />
        <TextField form={form} name="fax" type="tel" label={t('fax')} />
        <TextField form={form} name="email" type="email" label={t('email')} />
        <TextAreaField form={form} name="address" label={t('address')} rows={2} />
        <TextField form={form} name="portalUrl" type="url" label={t('portalUrl')} help={t('portalUrlHelp')} />
      </FieldGroup>
      <FieldGroup legend={t('partInCare')}>
        <CheckboxField form={form} name="coordinatesCare" label={t('flags.coordinatesCare')} help={t('coordinatesCareHelp')} />
        <CheckboxField form={form} name="schedulesVisits" label={t('flags.schedulesVisits')} />
        <CheckboxField form={form} name="managesMedicines" label={t('flags.managesMedicines')} />
        <CheckboxField form={form} name="emergencyContact" label={t('flags.emergencyContact')} />
        <TextAreaField form={form} name="handles" label={t('handles')} help={t('handlesHelp')} rows={2} />
      </FieldGroup>
      <TextAreaField form={form} name="notes" label={t('notes')} />
    </ItemFormScreen>
  );
}
