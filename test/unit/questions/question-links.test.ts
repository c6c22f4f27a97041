import { describe, expect, it } from 'vitest';
import { groupQuestions } from '../../../shared/record/questions/question-groups';
import {
  appointmentsAfterQuestionSave,
  linksAfterAppointmentSave,
  questionsOfAppointment,
  unlinkRemovedAppointment,
} from '../../../shared/record/questions/appointment-links';

const NOW = new Date('2026-03-10T12:00:00Z');
const q = (id: string, appointmentId = '') => ({ id, appointmentId, updatedAt: 'old' });
const a = (id: string, questionIds: string[] = []) => ({ id, questionIds, updatedAt: 'old' });

describe('Questions grouped by status', () => {
  it('lists open ones oldest first, asked and answered most recent first', () => {
    const groups = groupQuestions([
      { id: '1', status: 'open' as const, createdAt: '2026-01-02', updatedAt: '2026-01-02' },
      { id: '2', status: 'answered' as const, createdAt: '2026-01-01', updatedAt: '2026-02-01' },
      { id: '3', status: 'open' as const, createdAt: '2026-01-01', updatedAt: '2026-03-01' },
      { id: '4', status: 'answered' as const, createdAt: '2026-01-01', updatedAt: '2026-03-01' },
      { id: '5', status: 'asked' as const, createdAt: '2026-01-01', updatedAt: '2026-03-01' },
    ]);
    expect(groups.open.map((x) => x.id)).toEqual(['3', '1']);
    expect(groups.asked.map((x) => x.id)).toEqual(['5']);
    expect(groups.answered.map((x) => x.id)).toEqual(['4', '2']);
  });
});

describe('Questions linked to a visit', () => {
  it('reads the questions of a visit from either side of the link', () => {
    const questions = [q('q1'), q('q2', 'v1'), q('q3', 'v2'), q('q4')];
    expect(questionsOfAppointment(a('v1', ['q4', 'q1']), questions).map((x) => x.id)).toEqual(['q4', 'q1', 'q2']);
    expect(questionsOfAppointment(a('v1', ['gone']), questions).map((x) => x.id)).toEqual(['q2']);
  });

  it('after a visit is saved, chosen questions point to it and leave the visit they were on', () => {
    const questions = [q('q1'), q('q2', 'v2'), q('q3', 'v1'), q('q4', 'v1')];
    const others = [a('v1', ['q3', 'q4']), a('v2', ['q2', 'q5'])];
    const { questions: changed, appointments } = linksAfterAppointmentSave({ id: 'v1', questionIds: ['q1', 'q2', 'q3'] }, questions, others, NOW);
    expect(changed).toEqual([
      { id: 'q1', appointmentId: 'v1', updatedAt: NOW.toISOString() },
      { id: 'q2', appointmentId: 'v1', updatedAt: NOW.toISOString() },
      { id: 'q4', appointmentId: '', updatedAt: NOW.toISOString() },
    ]);
    expect(appointments).toEqual([{ id: 'v2', questionIds: ['q5'], updatedAt: NOW.toISOString() }]);
  });

  it('changes nothing when the links already agree', () => {
    const result = linksAfterAppointmentSave({ id: 'v1', questionIds: ['q1'] }, [q('q1', 'v1'), q('q2')], [a('v1', ['q1']), a('v2')], NOW);
    expect(result).toEqual({ questions: [], appointments: [] });
  });

  it('after a question is saved or removed, visit lists follow', () => {
    const visits = [a('v1', ['q1']), a('v2'), a('v3', ['q9'])];
    expect(appointmentsAfterQuestionSave('q1', 'v2', visits, NOW)).toEqual([
      { id: 'v1', questionIds: [], updatedAt: NOW.toISOString() },
      { id: 'v2', questionIds: ['q1'], updatedAt: NOW.toISOString() },
    ]);
    expect(appointmentsAfterQuestionSave('q1', 'v1', visits, NOW)).toEqual([]);
    expect(appointmentsAfterQuestionSave('q1', '', visits, NOW)).toEqual([{ id: 'v1', questionIds: [], updatedAt: NOW.toISOString() }]);
    expect(appointmentsAfterQuestionSave('q1', null, visits, NOW)).toEqual([{ id: 'v1', questionIds: [], updatedAt: NOW.toISOString() }]);
  });

  it('a removed visit leaves its questions and tasks in place, unlinked', () => {
    const changed = unlinkRemovedAppointment('v1', [q('q1', 'v1'), q('q2', 'v2')], [{ id: 't1', appointmentId: 'v1', updatedAt: 'old' }, { id: 't2', appointmentId: '', updatedAt: 'old' }], NOW);
    expect(changed).toEqual([
      { id: 'q1', appointmentId: '', updatedAt: NOW.toISOString() },
      { id: 't1', appointmentId: '', updatedAt: NOW.toISOString() },
    ]);
  });
});
