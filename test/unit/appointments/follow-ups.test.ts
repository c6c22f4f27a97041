import { describe, expect, it } from 'vitest';
import { PASSPHRASE, testVault } from '../vault/helpers';
import { savePerson } from '../../../shared/people/people-store';
import { buildItem, getItem, listItems, saveItems } from '../../../shared/record/item-store';
import { followUpTaskInputs, followUpTasks, tasksOfAppointment } from '../../../shared/record/appointments/follow-ups';

describe('Follow-ups become tasks', () => {
  it('turns each filled line into a task input linked to the visit, skipping blank lines', () => {
    const inputs = followUpTaskInputs('appt-1', [
      { title: ' Book blood test ', ownerCareTeamMemberId: '', ownerName: ' me ', dueDate: '2026-03-10' },
      { title: '', ownerCareTeamMemberId: '', ownerName: '', dueDate: '' },
      { title: 'Send records', ownerCareTeamMemberId: 'ct-1', ownerName: 'ignored', dueDate: '' },
    ]);
    expect(inputs).toEqual([
      { title: 'Book blood test', ownerCareTeamMemberId: '', ownerName: 'me', dueDate: '2026-03-10', appointmentId: 'appt-1' },
      { title: 'Send records', ownerCareTeamMemberId: 'ct-1', ownerName: '', dueDate: '', appointmentId: 'appt-1' },
    ]);
  });

  it('stores the appointment without the lines and its tasks in one transaction', async () => {
    const { session } = await testVault().create(PASSPHRASE);
    const person = await savePerson(session, { fullName: 'Rosa Delgado' });
    const now = new Date('2026-03-03T18:00:00Z');
    const built = buildItem(
      session,
      'appointment',
      person.id,
      {
        startsAt: '2026-03-03T09:30',
        withName: 'Dr. Ruiz',
        status: 'done',
        afterVisitNotes: 'New dose.',
        followUps: [
          { title: 'Book blood test', ownerName: 'Maria', dueDate: '2026-03-10' },
          { title: '', ownerName: '', dueDate: '' },
        ],
      },
      undefined,
      now,
    );
    const { appointment, tasks } = followUpTasks(session, built, now);
    expect(appointment.followUps).toEqual([]);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: 'task', personId: person.id, title: 'Book blood test', ownerName: 'Maria', dueDate: '2026-03-10', appointmentId: appointment.id, done: false });
    await saveItems(session, [appointment, ...tasks]);
    expect(getItem(session, 'appointment', appointment.id)?.followUps).toEqual([]);
    expect(tasksOfAppointment(appointment.id, listItems(session, 'task', person.id)).map((t) => t.title)).toEqual(['Book blood test']);
  });

  it('lists the tasks of a visit soonest due first, undated last', () => {
    const tasks = [
      { appointmentId: 'a', dueDate: '', title: 'No date' },
      { appointmentId: 'a', dueDate: '2026-03-02', title: 'Second' },
      { appointmentId: 'b', dueDate: '2026-03-01', title: 'Other visit' },
      { appointmentId: 'a', dueDate: '2026-03-01', title: 'First' },
    ];
    expect(tasksOfAppointment('a', tasks).map((t) => t.title)).toEqual(['First', 'Second', 'No date']);
  });
});
