import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { ItemFormScreen } from '../../record/ItemFormScreen';
import { TextAreaField, TextField } from '../../record/fields/FormFields';
import { useItemForm } from '../../record/useItemForm';
import type { HospitalStay } from '../../../../shared/model/hospital-stay';
import { shouldProposeChecklist } from '../../../../shared/record/hospital-stays/checklist';
import { dischargeBeforeAdmission } from '../../../../shared/record/hospital-stays/stays';
import { ComingHomeReview } from './ComingHomeReview';
import { stayName } from './stay-name';

/**
 * Add or edit a stay. Saving one that has a discharge day for the first time moves on to
 * the coming-home checklist, where the person decides which tasks to create.
 */
export function HospitalStayForm({ itemId }: { itemId?: string }): ReactNode {
  const { t, i18n } = useTranslation('hospitalStays');
  const { go } = useNavigation();
  const [proposingFor, setProposingFor] = useState<HospitalStay | null>(null);
  const openDetails = (stay: HospitalStay): void => go({ name: 'item', area: 'hospitalStays', personId: stay.personId, itemId: stay.id });
  const { form, existing, onSubmit, failure, needsPerson } = useItemForm({
    kind: 'hospitalStay',
    area: 'hospitalStays',
    itemId,
    after: (saved) => (shouldProposeChecklist(existing, saved) ? setProposingFor(saved) : openDetails(saved)),
  });

  // Coming home before going in is checked here: the schema keeps to single fields (see hospital-stay.ts).
  const submit = async (event?: React.BaseSyntheticEvent): Promise<void> => {
    const { admittedOn = '', dischargedOn = '' } = form.getValues();
    if (dischargeBeforeAdmission({ admittedOn, dischargedOn })) {
      event?.preventDefault();
      const othersValid = await form.trigger(undefined, { shouldFocus: true });
      form.setError('dischargedOn', { type: 'custom', message: 'hospitalStay.dischargeBeforeAdmission' }, { shouldFocus: othersValid });
      return;
    }
    await onSubmit(event);
  };

  if (proposingFor) return <ComingHomeReview stay={proposingFor} onFinished={() => openDetails(proposingFor)} />;
  return (
    <ItemFormScreen
      area="hospitalStays"
      title={existing ? t('editTitle', { name: stayName(t, existing, i18n.language) }) : t('addTitle')}
      form={form}
      onSubmit={submit}
      failure={failure}
      needsPerson={needsPerson}
    >
      <TextField form={form} name="hospital" label={t('hospital')} help={t('hospitalHelp')} />
      <TextField form={form} name="reason" label={t('reason')} help={t('reasonHelp')} />
      <TextField form={form} name="admittedOn" type="date" label={t('admittedOn')} help={t('admittedOnHelp')} required />
      <TextField form={form} name="dischargedOn" type="date" label={t('dischargedOn')} help={t('dischargedOnHelp')} />
      <TextAreaField form={form} name="warningSigns" label={t('warningSigns')} help={t('warningSignsHelp')} rows={4} />
      <TextAreaField form={form} name="whoToCall" label={t('whoToCall')} help={t('whoToCallHelp')} rows={3} />
      <TextAreaField form={form} name="notes" label={t('notes')} />
    </ItemFormScreen>
  );
}
