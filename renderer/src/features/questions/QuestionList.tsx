import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_STATUSES } from '../../../../shared/model/question';
import { getItem, listItems, saveItems } from '../../../../shared/record/item-store';
import { groupQuestions } from '../../../../shared/record/questions/question-groups';
import { appointmentsAfterQuestionSave } from '../../../../shared/record/questions/appointment-links';
import { Link } from '../../app/navigation';
import { ItemCard } from '../../record/ItemCard';
import { useScope } from '../../record/useScope';
import { useSession, useVaultData } from '../../vault/useSession';
import { displayName } from '../people/display-name';
import { SectionedListScreen } from '../appointments/SectionedListScreen';
import { useAppointmentText } from '../appointments/useAppointmentText';
import './questions.css';

/** Questions to ask first, then asked ones waiting for an answer, then answered ones with the answer. */
export function QuestionList(): ReactNode {
  const { t } = useTranslation('questions');
  const session = useSession();
  const { personId, people } = useScope();
  const appointmentText = useAppointmentText();
  const questions = useVaultData((s) => listItems(s, 'question', personId ?? undefined));
  const groups = groupQuestions(questions);
  const nameOf = (id: string): string | undefined => {
    const person = personId === null ? people.find((p) => p.id === id) : undefined;
    return person ? displayName(person) : undefined;
  };
  return (
    <SectionedListScreen
      area="questions"
      title={t('title')}
      addLabel={t('add')}
      emptyText={t('empty')}
      sections={QUESTION_STATUSES.map((status) => ({ key: status, title: t(`groups.${status}`), items: groups[status] }))}
      renderItem={(question) => {
        const member = question.careTeamMemberId ? getItem(session, 'careTeamMember', question.careTeamMemberId) : undefined;
        const appointment = question.appointmentId ? getItem(session, 'appointment', question.appointmentId) : undefined;
        const personName = nameOf(question.personId);
        // A removed question also leaves the visit lists it was on, in the same transaction.
        const remove = (): Promise<void> =>
          saveItems(session, appointmentsAfterQuestionSave(question.id, null, listItems(session, 'appointment', question.personId)), [question.id]);
        return (
          <ItemCard area="questions" item={question} name={question.text} onRemove={remove}>
            {personName ? <p className="item-person">{t('forPerson', { name: personName })}</p> : null}
            {member ? <p>{t('askWhom', { name: member.name })}</p> : null}
            {appointment ? (
              <p>
                <Link to={{ name: 'item', area: 'appointments', personId: appointment.personId, itemId: appointment.id }}>
                  {t('atVisit', { name: appointmentText.name(appointment) })}
                </Link>
              </p>
            ) : null}
            {question.answer ? <p className="question-answer">{t('answer', { answer: question.answer })}</p> : null}
          </ItemCard>
        );
      }}
    />
  );
}
