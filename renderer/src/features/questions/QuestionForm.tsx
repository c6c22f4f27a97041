import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_STATUSES } from '../../../../shared/model/question';
import { listItems } from '../../../../shared/record/item-store';
import { isPastAppointment, splitAppointments } from '../../../../shared/record/appointments/schedule';
import { appointmentsAfterQuestionSave } from '../../../../shared/record/questions/appointment-links';
import { ItemFormScreen } from '../../record/ItemFormScreen';
import { SelectField, TextAreaField, TextField } from '../../record/fields/FormFields';
import { useItemForm } from '../../record/useItemForm';
import { useSession, useVaultData } from '../../vault/useSession';
import { useAppointmentText } from '../appointments/useAppointmentText';
import { useCareTeam } from '../tasks/useCareTeam';

export function QuestionForm({ itemId }: { itemId?: string }): ReactNode {
  const { t } = useTranslation('questions');
  const session = useSession();
  const appointmentText = useAppointmentText();
  const { form, existing, onSubmit, failure, needsPerson } = useItemForm({
    kind: 'question',
    area: 'questions',
    itemId,
    // The visit's own list of questions follows the choice made here, in the same save.
    alsoSave: (saved) => appointmentsAfterQuestionSave(saved.id, saved.appointmentId, listItems(session, 'appointment', saved.personId)),
  });
  const personId = form.watch('forPersonId');
  const status = form.watch('status');
  const members = useCareTeam(personId);
  const current = existing?.appointmentId ?? '';
  // Upcoming visits to choose from, and the one already chosen even if it is past.
  const appointments = useVaultData((s) => {
    if (!personId) return [];
    const all = listItems(s, 'appointment', personId);
    return splitAppointments(all, new Date()).upcoming.concat(all.filter((a) => a.id === current && isPastAppointment(a, new Date())));
  });
  return (
    <ItemFormScreen
      area="questions"
      title={existing ? t('editTitle') : t('addTitle')}
      form={form}
      onSubmit={onSubmit}
      failure={failure}
      needsPerson={needsPerson}
    >
      <TextField form={form} name="text" label={t('form.text')} help={t('form.textHelp')} required />
      {members.length > 0 ? (
        <SelectField
          form={form}
          name="careTeamMemberId"
          label={t('form.careTeamMember')}
          options={[{ value: '', label: t('form.anyone') }, ...members.map((m) => ({ value: m.id, label: m.name }))]}
        />
      ) : null}
      {appointments.length > 0 ? (
        <SelectField
          form={form}
          name="appointmentId"
          label={t('form.appointment')}
          options={[{ value: '', label: t('form.noAppointment') }, ...appointments.map((a) => ({ value: a.id, label: appointmentText.name(a) }))]}
        />
      ) : null}
      <SelectField form={form} name="status" label={t('form.status')} options={QUESTION_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))} />
      {status !== 'open' || existing?.answer ? <TextAreaField form={form} name="answer" label={t('form.answer')} help={t('form.answerHelp')} rows={4} /> : null}
    </ItemFormScreen>
  );
}
