import type { Appointment } from '../../model/appointment';
import type { Question } from '../../model/question';
import type { Task } from '../../model/task';

/**
 * A question is asked at (at most) one visit. The link is kept on both sides so either can
 * be read alone: question.appointmentId === appointment.id exactly when the appointment's
 * questionIds holds the question. These functions return the other items a save must also
 * write to keep that true; nothing is written here.
 */

type QuestionLink = Pick<Question, 'id' | 'appointmentId' | 'updatedAt'>;
type AppointmentLink = Pick<Appointment, 'id' | 'questionIds' | 'updatedAt'>;

const stamp = (now: Date): string => now.toISOString();

/** The questions of an appointment: those it lists (in its order), then any that point to it. */
export function questionsOfAppointment<Q extends Pick<Question, 'id' | 'appointmentId'>>(appointment: Pick<Appointment, 'id' | 'questionIds'>, questions: readonly Q[]): Q[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const listed = appointment.questionIds.flatMap((id) => byId.get(id) ?? []);
  const pointing = questions.filter((q) => q.appointmentId === appointment.id && !appointment.questionIds.includes(q.id));
  return [...listed, ...pointing];
}

/**
 * After an appointment is saved with its chosen questions: chosen questions now point to it
 * (and leave the visit they pointed to before), questions no longer chosen point nowhere.
 */
export function linksAfterAppointmentSave<Q extends QuestionLink, A extends AppointmentLink>(
  saved: Pick<Appointment, 'id' | 'questionIds'>,
  questions: readonly Q[],
  otherAppointments: readonly A[],
  now: Date = new Date(),
): { questions: Q[]; appointments: A[] } {
  const chosen = new Set(saved.questionIds);
  const changedQuestions: Q[] = [];
  for (const question of questions) {
    if (chosen.has(question.id) && question.appointmentId !== saved.id) {
      changedQuestions.push({ ...question, appointmentId: saved.id, updatedAt: stamp(now) });
    } else if (!chosen.has(question.id) && question.appointmentId === saved.id) {
      changedQuestions.push({ ...question, appointmentId: '', updatedAt: stamp(now) });
    }
  }
  // A chosen question leaves any other visit that lists it, whichever way it was linked there.
  const changedAppointments = otherAppointments
    .filter((other) => other.id !== saved.id && other.questionIds.some((id) => chosen.has(id)))
    .map((other) => ({ ...other, questionIds: other.questionIds.filter((id) => !chosen.has(id)), updatedAt: stamp(now) }));
  return { questions: changedQuestions, appointments: changedAppointments };
}

/** After a question is saved (or removed: appointmentId null), the appointments whose lists must change. */
export function appointmentsAfterQuestionSave<A extends AppointmentLink>(
  questionId: string,
  appointmentId: string | null,
  appointments: readonly A[],
  now: Date = new Date(),
): A[] {
  return appointments.flatMap((appointment) => {
    const listed = appointment.questionIds.includes(questionId);
    const wanted = appointmentId !== null && appointmentId !== '' && appointment.id === appointmentId;
    if (listed === wanted) return [];
    const questionIds = wanted ? [...appointment.questionIds, questionId] : appointment.questionIds.filter((id) => id !== questionId);
    return [{ ...appointment, questionIds, updatedAt: stamp(now) }];
  });
}

/** When an appointment is removed, its questions and follow-up tasks stay but stop pointing to it. */
export function unlinkRemovedAppointment<Q extends QuestionLink, T extends Pick<Task, 'id' | 'appointmentId' | 'updatedAt'>>(
  appointmentId: string,
  questions: readonly Q[],
  tasks: readonly T[],
  now: Date = new Date(),
): (Q | T)[] {
  const unlink = <I extends { appointmentId: string; updatedAt: string }>(item: I): I => ({ ...item, appointmentId: '', updatedAt: stamp(now) });
  return [...questions.filter((q) => q.appointmentId === appointmentId).map(unlink), ...tasks.filter((t) => t.appointmentId === appointmentId).map(unlink)];
}
