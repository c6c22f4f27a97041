import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/model/dates';
import { listItems } from '../../../../shared/record/item-store';
import { splitAppointments } from '../../../../shared/record/appointments/schedule';
import { ItemFormScreen } from '../../record/ItemFormScreen';
import { CheckboxField, FieldGroup, SelectField, TextAreaField, TextField } from '../../record/fields/FormFields';
import { useItemForm } from '../../record/useItemForm';
import { useVaultData } from '../../vault/useSession';
import { formatCalendarDate } from '../../i18n/format-date';
import { useAppointmentText } from '../appointments/useAppointmentText';
import { MemberOrNameFields } from './MemberOrNameFields';
import { useCareTeam } from './useCareTeam';

export function TaskForm({ itemId }: { itemId?: string }): ReactNode {
  const { t, i18n } = useTranslation('tasks');
  const appointmentText = useAppointmentText();
  const { form, existing, onSubmit, failure, needsPerson } = useItemForm({
    kind: 'task',
    area: 'tasks',
    itemId,
    // The day it was done is kept when it was already done, set today when newly done, dropped when reopened.
    beforeSave: (task, previous) => ({ ...task, doneOn: task.done ? (previous?.done && previous.doneOn ? previous.doneOn : todayIso()) : '' }),
  });
  const personId = form.watch('forPersonId');
  const members = useCareTeam(personId);
  const linkable = useVaultData((session) => {
    if (!personId) return { appointments: [], medications: [], goals: [], hospitalStays: [] };
    const { upcoming, past } = splitAppointments(listItems(session, 'appointment', personId), new Date());
    return {
      appointments: [...upcoming, ...past],
      medications: listItems(session, 'medication', personId).sort((a, b) => a.name.localeCompare(b.name)),
      goals: listItems(session, 'goal', personId),
      hospitalStays: listItems(session, 'hospitalStay', personId).sort((a, b) => b.admittedOn.localeCompare(a.admittedOn)),
    };
  });
  const none = { value: '', label: t('form.none') };
  const anyLinkable = Object.values(linkable).some((list) => list.length > 0);
  return (
    <ItemFormScreen
      area="tasks"
      title={existing ? t('editTitle', { name: existing.title }) : t('addTitle')}
      form={form}
      onSubmit={onSubmit}
      failure={failure}
      needsPerson={needsPerson}
    >
      <TextField form={form} name="title" label={t('form.title')} help={t('form.titleHelp')} required />
      <MemberOrNameFields
        form={form}
        idField="ownerCareTeamMemberId"
        nameField="ownerName"
        members={members}
        label={t('form.owner')}
        otherLabel={t('form.ownerOther')}
        nameLabel={t('form.ownerName')}
        nameHelp={t('form.ownerNameHelp')}
      />
      <TextField form={form} name="dueDate" type="date" label={t('form.dueDate')} help={t('form.dueDateHelp')} />
      <CheckboxField form={form} name="done" label={t('form.done')} />
      {anyLinkable ? (
        <FieldGroup legend={t('form.links')}>
          <p className="field-help">{t('form.linksHelp')}</p>
          {linkable.appointments.length > 0 ? (
            <SelectField
              form={form}
              name="appointmentId"
              label={t('form.appointment')}
              options={[none, ...linkable.appointments.map((a) => ({ value: a.id, label: appointmentText.name(a) }))]}
            />
          ) : null}
          {linkable.medications.length > 0 ? (
            <SelectField form={form} name="medicationId" label={t('form.medicine')} options={[none, ...linkable.medications.map((m) => ({ value: m.id, label: m.name }))]} />
          ) : null}
          {linkable.goals.length > 0 ? (
            <SelectField form={form} name="goalId" label={t('form.goal')} options={[none, ...linkable.goals.map((g) => ({ value: g.id, label: g.statement }))]} />
          ) : null}
          {linkable.hospitalStays.length > 0 ? (
            <SelectField
              form={form}
              name="hospitalStayId"
              label={t('form.hospitalStay')}
              options={[
                none,
                ...linkable.hospitalStays.map((h) => ({ value: h.id, label: [h.hospital, formatCalendarDate(h.admittedOn, i18n.language)].filter(Boolean).join(', ') })),
              ]}
            />
          ) : null}
        </FieldGroup>
      ) : null}
      <TextAreaField form={form} name="notes" label={t('form.notes')} />
    </ItemFormScreen>
  );
}
