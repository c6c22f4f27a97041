import { describe, expect, it } from 'vitest';
import { PASSPHRASE, testVault } from '../vault/helpers';
import { savePerson } from '../../../shared/people/people-store';
import { buildItem, saveItems } from '../../../shared/record/item-store';
import { itemIndex } from '../../../shared/record/item-index';
import { buildOverview } from '../../../shared/record/overview/overview';

const CLOCK = { today: '2026-03-10', now: new Date('2026-03-10T09:00:00Z') };

async function fixture() {
  const { session } = await testVault().create(PASSPHRASE);
  const ana = await savePerson(session, { fullName: 'Ana' });
  const ben = await savePerson(session, { fullName: 'Ben' });
  const created = new Date('2026-01-01T00:00:00Z');
  const items = [
    buildItem(session, 'appointment', ana.id, { startsAt: '2026-03-10T08:00', reason: 'earlier today' }),
    buildItem(session, 'appointment', ana.id, { startsAt: '2026-03-12T10:00', reason: 'eye doctor' }),
    buildItem(session, 'appointment', ben.id, { startsAt: '2026-03-11T10:00', reason: 'dentist' }),
    buildItem(session, 'appointment', ben.id, { startsAt: '2026-03-11T11:00', reason: 'cancelled one', status: 'cancelled' }),
    buildItem(session, 'task', ana.id, { title: 'late', dueDate: '2026-03-01' }),
    buildItem(session, 'task', ana.id, { title: 'soon', dueDate: '2026-03-17' }),
    buildItem(session, 'task', ana.id, { title: 'later', dueDate: '2026-03-18' }),
    buildItem(session, 'task', ben.id, { title: 'done late', dueDate: '2026-03-01', done: true }),
    buildItem(session, 'medication', ana.id, {
      name: 'Metformin',
      history: [
        { date: '2026-02-20', change: 'doseChanged', from: '500 mg', to: '1000 mg', reason: '', by: '' },
        { date: '2026-01-01', change: 'started', from: '', to: '', reason: '', by: '' },
      ],
      lastFillDate: '2026-02-10',
      daysSupply: 30,
      refillsLeft: 0,
    }),
    buildItem(session, 'medication', ben.id, { name: 'Old change', history: [{ date: '2026-01-01', change: 'started', from: '', to: '', reason: '', by: '' }], lastFillDate: '2026-03-01', daysSupply: 90 }),
    buildItem(session, 'medication', ben.id, { name: 'Stopped', status: 'stopped', lastFillDate: '2026-02-01', daysSupply: 30 }),
    buildItem(session, 'goal', ana.id, { statement: 'Walk daily', checkInEveryDays: 14 }, undefined, created),
    buildItem(session, 'goal', ben.id, { statement: 'Fresh', checkInEveryDays: 14, checkIns: [{ id: 'c', date: '2026-03-05', progress: 'better', note: '' }] }, undefined, created),
  ];
  await saveItems(session, items);
  return { session, ana, ben };
}

describe('Overview', () => {
  it('for everyone: what needs attention now, in order', async () => {
    const { session } = await fixture();
    const o = buildOverview(itemIndex(session), null, CLOCK);
    expect(o.nextAppointments.map((a) => a.reason)).toEqual(['dentist', 'eye doctor']);
    expect(o.tasksDue.map(({ task, overdue }) => [task.title, overdue])).toEqual([
      ['late', true],
      ['soon', false],
    ]);
    expect(o.medicinesChanged.map(({ medication, change }) => [medication.name, change.change])).toEqual([['Metformin', 'doseChanged']]);
    expect(o.refillsDue.map((r) => [r.medication.name, r.nextRefillDate, r.needsNewPrescription])).toEqual([['Metformin', '2026-03-12', true]]);
    expect(o.goalsNeedingCheckIn.map((g) => g.statement)).toEqual(['Walk daily']);
  });

  it('for one person: only theirs', async () => {
    const { session, ben } = await fixture();
    const o = buildOverview(itemIndex(session), new Set([ben.id]), CLOCK);
    expect(o.nextAppointments.map((a) => a.reason)).toEqual(['dentist']);
    expect(o.tasksDue).toEqual([]);
    expect(o.refillsDue).toEqual([]);
    expect(o.goalsNeedingCheckIn).toEqual([]);
  });
});

describe('Item index', () => {
  it('keeps items of a kind it does not know without showing them, and fills fields added later', async () => {
    const { session, ana } = await fixture();
    const now = new Date().toISOString();
    await session.commit({
      put: [
        { table: 'items', id: 'future', value: { id: 'future', personId: ana.id, kind: 'somethingNew', createdAt: now, updatedAt: now } },
        { table: 'items', id: 'old', value: { id: 'old', personId: ana.id, kind: 'task', title: 'From an older version', createdAt: now, updatedAt: now } },
      ],
    });
    const index = itemIndex(session);
    expect(index.unreadable).toBe(1);
    expect(index.byId.has('future')).toBe(false);
    expect(session.get('items', 'future')).toBeDefined();
    const old = index.byId.get('old');
    expect(old).toMatchObject({ title: 'From an older version', done: false, dueDate: '', source: { type: 'manual' } });
  });
});
