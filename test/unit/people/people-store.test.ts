import { describe, expect, it } from 'vitest';
import { PASSPHRASE, testVault } from '../vault/helpers';
import { deletePerson, getPerson, listPeople, recordCounts, savePerson } from '../../../shared/people/people-store';
import { readPreferences, savePreferences } from '../../../shared/settings/preferences-store';

async function unlocked() {
  return (await testVault().create(PASSPHRASE)).session;
}

describe('People', () => {
  it('adds, edits and lists people sorted by the name people use', async () => {
    const session = await unlocked();
    const zoe = await savePerson(session, { fullName: 'Zoe Adams', birthDate: '1950-01-02' });
    await savePerson(session, { fullName: 'Álvaro Núñez', preferredName: 'Al' });
    await savePerson(session, { fullName: 'Bea Smith' });
    expect(listPeople(session).map((p) => p.fullName)).toEqual(['Álvaro Núñez', 'Bea Smith', 'Zoe Adams']);
    const edited = await savePerson(session, { fullName: 'Zoe Adams-Lee', birthDate: '1950-01-02' }, zoe.id);
    expect(edited.id).toBe(zoe.id);
    expect(edited.createdAt).toBe(zoe.createdAt);
    expect(getPerson(session, zoe.id)?.fullName).toBe('Zoe Adams-Lee');
    expect(listPeople(session)).toHaveLength(3);
  });

  it('survives lock and unlock', async () => {
    const vault = testVault();
    const { session } = await vault.create(PASSPHRASE);
    const ada = await savePerson(session, { fullName: '  Ada Lovelace  ', birthDate: '1815-12-10', relationship: 'parent' });
    session.lock();
    const again = await vault.unlock({ kind: 'passphrase', value: PASSPHRASE });
    expect(getPerson(again, ada.id)).toMatchObject({ fullName: 'Ada Lovelace', birthDate: '1815-12-10', relationship: 'parent' });
  });

  it('refuses invalid input whatever the form did', async () => {
    const session = await unlocked();
    await expect(savePerson(session, { fullName: '   ' })).rejects.toThrow();
    await expect(savePerson(session, { fullName: 'A', birthDate: '2023-02-30' })).rejects.toThrow();
    await expect(savePerson(session, { fullName: 'A', birthDate: '2999-01-01' })).rejects.toThrow();
    expect(listPeople(session)).toEqual([]);
  });

  it('removes a person with everything recorded for them, and only that', async () => {
    const session = await unlocked();
    const ada = await savePerson(session, { fullName: 'Ada' });
    const bob = await savePerson(session, { fullName: 'Bob' });
    await session.commit({
      put: [
        { table: 'items', id: 'm1', value: { id: 'm1', personId: ada.id, kind: 'medication' } },
        { table: 'items', id: 'm2', value: { id: 'm2', personId: ada.id, kind: 'medication' } },
        { table: 'items', id: 'a1', value: { id: 'a1', personId: ada.id, kind: 'appointment' } },
        { table: 'items', id: 'b1', value: { id: 'b1', personId: bob.id, kind: 'medication' } },
        // A row this version cannot read as an item still goes with her.
        { table: 'items', id: 'x1', value: { personId: ada.id, note: 'written by a later version' } },
        { table: 'settings', id: 'd1', value: { type: 'importDecisions', personId: ada.id, fileName: 'ada.xml', decisions: [] } },
        { table: 'settings', id: 'd2', value: { type: 'importDecisions', personId: bob.id, fileName: 'bob.xml', decisions: [] } },
      ],
    });
    await savePreferences(session, { idleLockMinutes: 10 });
    expect(recordCounts(session, ada.id)).toEqual({ medication: 2, appointment: 1 });
    await deletePerson(session, ada.id);
    expect(listPeople(session).map((p) => p.fullName)).toEqual(['Bob']);
    expect([...session.all('items').keys()]).toEqual(['b1']);
    // The import decisions remembered for her go too (they name her files); Bob's and the preferences stay.
    expect([...session.all('settings').keys()]).not.toContain('d1');
    expect([...session.all('settings').keys()]).toContain('d2');
    expect(readPreferences(session).idleLockMinutes).toBe(10);
  });
});

describe('Preferences', () => {
  it('default to locking after 5 minutes and accept 1 to 60', async () => {
    const session = await unlocked();
    expect(readPreferences(session).idleLockMinutes).toBe(5);
    expect((await savePreferences(session, { idleLockMinutes: 60 })).idleLockMinutes).toBe(60);
    expect((await savePreferences(session, { idleLockMinutes: 1 })).idleLockMinutes).toBe(1);
    await expect(savePreferences(session, { idleLockMinutes: 0 })).rejects.toThrow();
    await expect(savePreferences(session, { idleLockMinutes: 61 })).rejects.toThrow();
    await expect(savePreferences(session, { idleLockMinutes: 2.5 })).rejects.toThrow();
    expect(readPreferences(session).idleLockMinutes).toBe(1);
  });
});
