import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { APPOINTMENT_STATUSES, type Appointment } from '../../../../shared/model/appointment';
import { buildItem, listItems } from '../../../../shared/record/item-store';
import { appointmentStart } from '../../../../shared/record/appointments/schedule';
import { followUpTasks, tasksOfAppointment } from '../../../../shared/record/appointments/follow-ups';
import { computerTimeZone } from '../../../../shared/record/appointments/zoned-time';
import { linksAfterAppointmentSave } from '../../../../shared/record/questions/appointment-links';
import { ItemFormScreen } from '../../record/ItemFormScreen';
import { CheckboxField, FieldGroup, NumberField, SelectField, TextAreaField, TextField } from '../../record/fields/FormFields';
import { useItemForm } from '../../record/useItemForm';
import { useSession, useVaultData } from '../../vault/useSession';
import { MemberOrNameFields } from '../tasks/MemberOrNameFields';
import { useCareTeam } from '../tasks/useCareTeam';
import { TimeZoneField } from './TimeZoneField';
import { QuestionsToAsk } from './QuestionsToAsk';
import { AfterVisitFields } from './AfterVisitFields';
import { useAppointmentText } from './useAppointmentText';
import './appointments.css';

/**
 * Add or edit an appointment. One Save writes, in one transaction: the appointment, any
 * question typed here, the links to chosen questions, and a task per follow-up line.
 */
export function AppointmentForm({ itemId }: { itemId?: string }): ReactNode {
  const { t } = useTranslation('appointments');
  const { t: tr } = useTranslation('record');
  const session = useSession();
  const text = useAppointmentText();
  const [newQuestions, setNewQuestions] = useState<string[]>([]);
  const [openedAt] = useState(() => Date.now());
  // Items built while preparing the appointment, written with it (see beforeSave/alsoSave).
  const companions = useRef<{ id: string }[]>([]);
  const prepare = (item: Appointment): Appointment => {
    const { appointment, tasks } = followUpTasks(session, item);
    const questions = listItems(session, 'question', item.personId);
    const created = newQuestions.map((questionText) =>
      buildItem(session, 'question', item.personId, { text: questionText, appointmentId: item.id, careTeamMemberId: item.careTeamMemberId }),
    );
    // Only this person's questions can be chosen (the person may have been changed in the form).
    const chosen = appointment.questionIds.filter((id) => questions.some((q) => q.id === id));
    const saved = { ...appointment, questionIds: [...chosen, ...created.map((q) => q.id)] };
    const links = linksAfterAppointmentSave(saved, questions, listItems(session, 'appointment', item.personId));
    companions.current = [...tasks, ...created, ...links.questions, ...links.appointments];
    return saved;
  };
  const { form, existing, onSubmit, failure, needsPerson } = useItemForm({
    kind: 'appointment',
    area: 'appointments',
    itemId,
    defaults: { timeZone: computerTimeZone() },
    beforeSave: prepare,
    alsoSave: () => companions.current,
  });
  const personId = form.watch('forPersonId');
  const members = useCareTeam(personId);
  const followUpsOf = useVaultData((s) => (existing ? tasksOfAppointment(existing.id, listItems(s, 'task', existing.personId)) : []));
  const status = form.watch('status');
  const startsAt = form.watch('startsAt');
  const timeZone = form.watch('timeZone') ?? 'UTC';
  const start = startsAt ? appointmentStart({ startsAt, timeZone }).getTime() : Number.NaN;
  // Notes and follow-ups belong after the visit: shown once it is saved, done, or in the past.
  const showAfterVisit = existing !== undefined || status === 'done' || start <= openedAt;
  const transportNeeded = form.watch('transportNeeded');
  return (
    <ItemFormScreen
      area="appointments"
      title={existing ? t('editTitle', { name: text.name(existing) }) : t('addTitle')}
      form={form}
      onSubmit={onSubmit}
      failure={failure}
      needsPerson={needsPerson}
    >
      <FieldGroup legend={t('form.when')}>
        <TextField form={form} name="startsAt" type="datetime-local" label={t('form.startsAt')} help={t('form.startsAtHelp')} required />
        <TimeZoneField form={form} />
        <NumberField form={form} name="durationMinutes" label={t('form.durationMinutes')} min={5} max={24 * 60} step={5} />
      </FieldGroup>
      <FieldGroup legend={t('form.who')}>
        <MemberOrNameFields
          form={form}
          idField="careTeamMemberId"
          nameField="withName"
          members={members}
          label={t('form.withWhom')}
          otherLabel={tr('someoneElse')}
          nameLabel={t('form.withName')}
          nameHelp={t('form.withNameHelp')}
        />
        <TextField form={form} name="location" label={t('form.location')} help={t('form.locationHelp')} />
        <TextField form={form} name="videoLink" type="url" label={t('form.videoLink')} help={t('form.videoLinkHelp')} />
        <TextField form={form} name="reason" label={t('form.reason')} help={t('form.reasonHelp')} />
        <TextAreaField form={form} name="preparation" label={t('form.preparation')} help={t('form.preparationHelp')} />
      </FieldGroup>
      <QuestionsToAsk form={form} personId={personId} appointmentId={existing?.id} newQuestions={newQuestions} onNewQuestionsChange={setNewQuestions} />
      <FieldGroup legend={t('transport')}>
        <TextField form={form} name="companions" label={t('form.companions')} help={t('form.companionsHelp')} />
        <CheckboxField form={form} name="transportNeeded" label={t('form.transportNeeded')} />
        {transportNeeded ? (
          <>
            <TextField form={form} name="transportArrangedBy" label={t('form.transportArrangedBy')} help={t('form.transportArrangedByHelp')} />
            <TextAreaField form={form} name="transportNotes" label={t('form.transportNotes')} help={t('form.transportNotesHelp')} rows={2} />
          </>
        ) : null}
      </FieldGroup>
      <SelectField
        form={form}
        name="status"
        label={t('form.status')}
        options={APPOINTMENT_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
      />
      {showAfterVisit ? <AfterVisitFields form={form} members={members} tasks={followUpsOf} /> : null}
    </ItemFormScreen>
  );
}
