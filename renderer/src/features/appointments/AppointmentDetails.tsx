import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/model/appointment';
import { getItem, listItems, saveItems } from '../../../../shared/record/item-store';
import { canMarkDone, isPastAppointment, transportMissing } from '../../../../shared/record/appointments/schedule';
import { tasksOfAppointment } from '../../../../shared/record/appointments/follow-ups';
import { questionsOfAppointment } from '../../../../shared/record/questions/appointment-links';
import { ScreenHeading } from '../../components/ScreenHeading';
import { Alert } from '../../components/Alert';
import { Link, useNavigation } from '../../app/navigation';
import { useScope } from '../../record/useScope';
import { useSession, useVaultData } from '../../vault/useSession';
import { errorMessage } from '../../vault/error-message';
import { displayName } from '../people/display-name';
import { useTaskText } from '../tasks/useTaskText';
import { useAppointmentText } from './useAppointmentText';
import { TransportWarning } from './TransportWarning';
import { AppointmentPrintActions } from '../print/AppointmentPrintActions';
import './appointments.css';

/** Everything about one visit, what to ask, and what happened after: the page to open before and after going. */
export function AppointmentDetails({ itemId }: { itemId: string }): ReactNode {
  const { t } = useTranslation('appointments');
  const { t: tq } = useTranslation('questions');
  const { t: tr } = useTranslation('record');
  const { t: tc } = useTranslation();
  const session = useSession();
  const { go } = useNavigation();
  const { personId, people } = useScope();
  const text = useAppointmentText();
  const taskText = useTaskText();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const appointment = useVaultData((s) => getItem(s, 'appointment', itemId));
  const questions = useVaultData((s) => (appointment ? questionsOfAppointment(appointment, listItems(s, 'question', appointment.personId)) : []));
  const tasks = useVaultData((s) => (appointment ? tasksOfAppointment(appointment.id, listItems(s, 'task', appointment.personId)) : []));
  const back = (
    <p className="back-link">
      <Link to={{ name: 'area', area: 'appointments', personId }}>{tr('backTo', { place: t('title') })}</Link>
    </p>
  );
  if (!appointment) {
    return (
      <div className="screen narrow">
        {back}
        <ScreenHeading>{t('title')}</ScreenHeading>
        <p className="empty-state">{t('details.notFound')}</p>
      </div>
    );
  }
  const name = text.name(appointment);
  const person = people.find((p) => p.id === appointment.personId);
  const past = isPastAppointment(appointment, new Date());
  const markDone = async (): Promise<void> => {
    try {
      const done: Appointment = { ...appointment, status: 'done', updatedAt: new Date().toISOString() };
      await saveItems(session, [done]);
      setMessage({ tone: 'success', text: t('markedDone', { name }) });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(tc, error) });
    }
  };
  const edit = (): void => go({ name: 'item-edit', area: 'appointments', personId: appointment.personId, itemId: appointment.id });
  const row = (label: string, value: ReactNode): ReactNode =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  const transport = appointment.transportNeeded
    ? appointment.transportArrangedBy
      ? [t('transportArrangedBy', { name: appointment.transportArrangedBy }), appointment.transportNotes].filter(Boolean).join('. ')
      : appointment.transportNotes
    : t('transportNotNeeded');
  return (
    <div className="screen narrow">
      {back}
      <ScreenHeading>{name}</ScreenHeading>
      {person && personId === null ? <p className="item-person">{t('forPerson', { name: displayName(person) })}</p> : null}
      <p className="appointment-when">{text.when(appointment)}</p>
      {!past && transportMissing(appointment) ? <TransportWarning /> : null}
      <dl className="details">
        {row(t('status'), t(`statuses.${appointment.status}`))}
        {row(t('with'), text.who(appointment))}
        {row(t('where'), appointment.location)}
        {row(t('videoLink'), appointment.videoLink ? <span className="video-link">{appointment.videoLink}</span> : '')}
        {row(t('reason'), appointment.reason)}
        {row(t('preparation'), appointment.preparation)}
        {row(t('companions'), appointment.companions)}
        {row(t('transport'), transport)}
        {row(t('form.durationMinutes'), t('duration', { count: appointment.durationMinutes }))}
      </dl>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="actions">
        {canMarkDone(appointment, new Date()) ? (
          <button type="button" className="button button-primary" onClick={() => void markDone()}>
            {t('markDone')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={edit}>
          {t('details.edit')}
        </button>
      </div>
      <AppointmentPrintActions appointment={appointment} />
      <section aria-labelledby="appointment-questions">
        <h2 id="appointment-questions">{t('questionsToAsk')}</h2>
        {questions.length === 0 ? (
          <p className="muted">{t('details.noQuestions')}</p>
        ) : (
          <ul>
            {questions.map((q) => (
              <li key={q.id}>
                {q.text} <span className="muted">({tq(`statuses.${q.status}`)})</span>
                {q.status === 'answered' && q.answer ? <p>{tq('answer', { answer: q.answer })}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="appointment-after">
        <h2 id="appointment-after">{t('afterVisit')}</h2>
        {appointment.afterVisitNotes ? <p className="after-visit-notes">{appointment.afterVisitNotes}</p> : <p className="muted">{t('noAfterVisitNotes')}</p>}
        <h3>{t('followUpTasks')}</h3>
        {tasks.length === 0 ? (
          <p className="muted">{t('noFollowUps')}</p>
        ) : (
          <ul>
            {tasks.map((task) => (
              <li key={task.id}>
                <Link to={{ name: 'item-edit', area: 'tasks', personId: task.personId, itemId: task.id }}>{task.title}</Link>{' '}
                <span className="muted">{taskText.summary(task)}</span>
              </li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button type="button" className="button" onClick={edit}>
            {t('writeAfterVisit')}
          </button>
        </div>
      </section>
    </div>
  );
}
