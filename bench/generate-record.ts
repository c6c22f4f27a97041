import { buildItem } from '../shared/record/item-store';
import { savePerson } from '../shared/people/people-store';
import type { VaultSession } from '../shared/vault/session';
import type { CareKind } from '../shared/model/care-item';
import type { InputOf } from '../shared/model/care-record';
import { addDays } from '../shared/record/calendar-days';

/** The benchmark vault: per person 40 medicines, 200 appointments, 2,000 measurements, 100 tasks. */
export const SHAPE = { people: 10, medicines: 40, appointments: 200, measurements: 2000, tasks: 100 } as const;

const MEDICINES = ['Metformin', 'Lisinopril', 'Atorvastatin', 'Amlodipine', 'Levothyroxine', 'Omeprazole', 'Sertraline', 'Gabapentin'];

export async function fillRecord(session: VaultSession, today = '2026-11-24'): Promise<number> {
  let count = 0;
  for (let p = 0; p < SHAPE.people; p += 1) {
    const person = await savePerson(session, { fullName: `Benchmark Person ${p}`, birthDate: '1944-04-04' });
    const items: { id: string }[] = [];
    const add = <K extends CareKind>(kind: K, input: InputOf<K>): void => {
      items.push(buildItem(session, kind, person.id, input));
    };
    for (let i = 0; i < SHAPE.medicines; i += 1) {
      add('medication', {
        name: `${MEDICINES[i % MEDICINES.length]} ${i}`,
        strength: `${(i % 9) + 1}0 mg`,
        doseAmount: '1',
        timing: { kind: 'timesPerDay', timesPerDay: (i % 3) + 1 },
        instructions: 'Take 1 tablet by mouth 2 times a day, with food.',
        purpose: 'For blood pressure',
        lastFillDate: addDays(today, -(i % 40)),
        daysSupply: 30,
        refillsLeft: i % 4,
        history: [{ date: addDays(today, -(i % 60)), change: 'doseChanged', from: '10 mg', to: '20 mg', reason: '', by: '' }],
      });
    }
    for (let i = 0; i < SHAPE.appointments; i += 1) {
      const day = addDays(today, i - 150);
      add('appointment', { startsAt: `${day}T${String(8 + (i % 9)).padStart(2, '0')}:30`, timeZone: 'America/Chicago', withName: `Dr Example ${i % 12}`, reason: `Check-up number ${i}`, location: 'Main Street Clinic' });
    }
    for (let i = 0; i < SHAPE.measurements; i += 1) {
      const day = addDays(today, -Math.floor(i / 3));
      add('measurement', { type: 'bloodPressure', takenAt: `${day}T0${i % 3}:15`, value: 120 + (i % 20), value2: 80 + (i % 10), unit: 'mmHg' });
    }
    for (let i = 0; i < SHAPE.tasks; i += 1) {
      add('task', { title: `Call the pharmacy about refill ${i}`, ownerName: 'Me', dueDate: addDays(today, i - 50), done: i % 3 === 0 });
    }
    await session.commit({ put: items.map((item) => ({ table: 'items' as const, id: item.id, value: item })) });
    count += items.length + 1;
  }
  return count;
}
