import { describe, expect, it } from 'vitest';
import { PASSPHRASE, testVault } from '../vault/helpers';
import { savePerson } from '../../../shared/people/people-store';
import { getItem, listItems, saveItem } from '../../../shared/record/item-store';
import { withCheckIn, withoutCheckIn } from '../../../shared/record/goals/check-in';
import { latestVsTarget } from '../../../shared/record/goals/target';

describe('Goals and measurements in the vault', () => {
  it('adds and removes check-ins on a saved goal, keeping the goal itself', async () => {
    const session = (await testVault().create(PASSPHRASE)).session;
    const person = await savePerson(session, { fullName: 'Rosa Delgado' });
    const goal = await saveItem(session, 'goal', person.id, { statement: 'Keep my A1C below 7', measureType: 'a1c', targetValue: 7 });
    const first = await saveItem(session, 'goal', person.id, withCheckIn(goal, { id: 'c1', date: '2025-05-03', progress: 'better', note: 'Walked daily' }), goal.id);
    const second = await saveItem(session, 'goal', person.id, withCheckIn(first, { id: 'c2', date: '2025-05-17', progress: 'same', note: '' }), goal.id);
    expect(second.id).toBe(goal.id);
    expect(second.createdAt).toBe(goal.createdAt);
    expect(getItem(session, 'goal', goal.id)?.checkIns.map((c) => c.id)).toEqual(['c1', 'c2']);
    await saveItem(session, 'goal', person.id, withoutCheckIn(second, 'c1'), goal.id);
    expect(getItem(session, 'goal', goal.id)?.checkIns.map((c) => c.id)).toEqual(['c2']);
    expect(listItems(session, 'goal', person.id)).toHaveLength(1);
  });

  it('compares the person’s saved A1C readings with the goal', async () => {
    const session = (await testVault().create(PASSPHRASE)).session;
    const person = await savePerson(session, { fullName: 'Rosa Delgado' });
    const other = await savePerson(session, { fullName: 'Henry Okafor' });
    const goal = await saveItem(session, 'goal', person.id, { statement: 'Keep my A1C below 7', measureType: 'a1c', targetValue: 7 });
    await saveItem(session, 'measurement', person.id, { type: 'a1c', takenAt: '2025-02-01T09:00', value: 7.9, unit: '%' });
    await saveItem(session, 'measurement', person.id, { type: 'a1c', takenAt: '2025-05-03T09:00', value: 7.4, unit: '%' });
    await saveItem(session, 'measurement', other.id, { type: 'a1c', takenAt: '2025-06-01T09:00', value: 6.1, unit: '%' });
    const latest = latestVsTarget(goal, listItems(session, 'measurement', person.id));
    expect(latest).toMatchObject({ value: 7.4, unit: '%', meets: false });
  });
});
