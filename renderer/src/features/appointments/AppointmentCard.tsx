import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/model/appointment';
import { listItems, saveItems } from '../../../../shared/record/item-store';
import { canMarkDone, transportMissing } from '../../../../shared/record/appointments/schedule';
import { questionsOfAppointment, unlinkRemovedAppointment } from '../../../../shared/record/questions/appointment-links';
import { tasksOfAppointment } from '../../../../shared/record/appointments/follow-ups';
import { ItemCard } from '../../record/ItemCard';
import { Alert } from '../../components/Alert';
import { useSession, useVaultData } from '../../vault/useSession';
import { errorMessage } from '../../vault/error-message';
import { useAppointmentText } from './useAppointmentText';
import { TransportWarning } from './TransportWarning';

interface Props {
  appointment: Appointment;
  /** The person's name, when the list shows everyone. */
  personName?: string | undefined;
  past: boolean;
}

/** One appointment in the list: when, with whom, where, why, who goes and how they get there. */
export function AppointmentCard({ appointment, personName, past }: Props): ReactNode {
  const { t } = useTranslation('appointments');
  const { t: tc } = useTranslation();
  const session = useSession();
  const text = useAppointmentText();
  const [failure, setFailure] = useState<string | null>(null);
  const name = text.name(appointment);
  const questionCount = useVaultData((s) => questionsOfAppointment(appointment, listItems(s, 'question', appointment.personId)).length);
  const followUpCount = useVaultData((s) => (past ? tasksOfAppointment(appointment.id, listItems(s, 'task', appointment.personId)).length : 0));
  const markDone = async (): Promise<void> => {
    try {
      const done: Appointment = { ...appointment, status: 'done', updatedAt: new Date().toISOString() };
      await saveItems(session, [done]);
    } catch (error) {
      setFailure(errorMessage(tc, error));
    }
  };
  // Removing a visit keeps its questions and follow-up tasks; they only stop pointing to it.
  const remove = (): Promise<void> =>
    saveItems(
      session,
      unlinkRemovedAppointment(appointment.id, listItems(session, 'question', appointment.personId), listItems(session, 'task', appointment.personId)),
      [appointment.id],
    );
  const where = [appointment.location, appointment.videoLink ? t('videoVisit') : ''].filter(Boolean).join(' · ');
  return (
    <ItemCard
      area="appointments"
      item={appointment}
      name={name}
      hasDetails
      badge={appointment.status === 'planned' ? undefined : t(`statuses.${appointment.status}`)}
      onRemove={remove}
      actions={
        canMarkDone(appointment, new Date()) ? (
          <button type="button" className="button" aria-label={t('markDoneNamed', { name })} onClick={() => void markDone()}>
            {t('markDone')}
          </button>
        ) : null
      }
    >
      {personName ? <p className="item-person">{t('forPerson', { name: personName })}</p> : null}
      <p className="appointment-when">{text.when(appointment)}</p>
      <dl className="appointment-facts">
        {appointment.reason ? (
          <>
            <dt>{t('reason')}</dt>
            <dd>{appointment.reason}</dd>
          </>
        ) : null}
        {where ? (
          <>
            <dt>{t('where')}</dt>
            <dd>{where}</dd>
          </>
        ) : null}
        {appointment.companions ? (
          <>
            <dt>{t('companions')}</dt>
            <dd>{appointment.companions}</dd>
          </>
        ) : null}
        {questionCount > 0 ? (
          <>
            <dt>{t('questionsToAsk')}</dt>
            <dd>{t('questionsCount', { count: questionCount })}</dd>
          </>
        ) : null}
        {!past && appointment.transportNeeded && appointment.transportArrangedBy ? (
          <>
            <dt>{t('transport')}</dt>
            <dd>{t('transportArrangedBy', { name: appointment.transportArrangedBy })}</dd>
          </>
        ) : null}
        {past && appointment.afterVisitNotes ? (
          <>
            <dt>{t('afterVisit')}</dt>
            <dd className="after-visit-notes">{appointment.afterVisitNotes}</dd>
          </>
        ) : null}
        {followUpCount > 0 ? (
          <>
            <dt>{t('followUps')}</dt>
            <dd>{t('followUpsCount', { count: followUpCount })}</dd>
          </>
        ) : null}
      </dl>
      {!past && transportMissing(appointment) ? <TransportWarning /> : null}
      {failure ? <Alert>{failure}</Alert> : null}
    </ItemCard>
  );
}
