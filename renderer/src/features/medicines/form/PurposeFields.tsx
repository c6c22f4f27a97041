import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { listItems } from '../../../../../shared/record/item-store';
import { FieldGroup, SelectField, TextField } from '../../../record/fields/FormFields';
import { useVaultData } from '../../../vault/useSession';
import type { MedicineFormApi } from './form-types';

interface Props {
  form: MedicineFormApi;
  /** Whose care team to choose the prescriber from (none yet when the person is still to be chosen). */
  personId: string;
  /** The prescriber already saved, kept as a choice even if no longer in the care team. */
  savedPrescriberId: string;
}

/** What it is for (in the person's words), who prescribed it, and where it is filled. */
export function PurposeFields({ form, personId, savedPrescriberId }: Props): ReactNode {
  const { t } = useTranslation('medications');
  const members = useVaultData((session) => (personId ? listItems(session, 'careTeamMember', personId) : []));
  const options = [
    { value: '', label: t('prescriberNone') },
    ...members.map((member) => ({ value: member.id, label: member.name })),
    ...(savedPrescriberId && !members.some((member) => member.id === savedPrescriberId) ? [{ value: savedPrescriberId, label: t('prescriberMissing') }] : []),
  ];
  return (
    <FieldGroup legend={t('sections.whyAndWho')}>
      <TextField form={form} name="purpose" label={t('purpose')} help={t('purposeHelp')} />
      <SelectField form={form} name="prescriberId" label={t('prescriber')} help={t('prescriberHelp')} options={options} />
      <TextField form={form} name="pharmacy" label={t('pharmacy')} />
    </FieldGroup>
  );
}
