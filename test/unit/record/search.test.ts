import { describe, expect, it } from 'vitest';
import { PASSPHRASE, testVault } from '../vault/helpers';
import { listPeople, savePerson } from '../../../shared/people/people-store';
import { buildItem, saveItems } from '../../../shared/record/item-store';
import { searchEntries, searchRecord } from '../../../shared/record/search/search-index';

describe('Search', () => {
  it('finds every word in any field, ignoring case and accents, within the people in scope', async () => {
    const { session } = await testVault().create(PASSPHRASE);
    const ana = await savePerson(session, { fullName: 'Ana' });
    const ben = await savePerson(session, { fullName: 'Ben' });
    await saveItems(session, [
      buildItem(session, 'medication', ana.id, { name: 'Metformina', purpose: 'Para el azúcar', notes: 'Tomar con la cena' }),
      buildItem(session, 'condition', ana.id, { name: 'Essential hypertension', plainName: 'High blood pressure' }),
      buildItem(session, 'careTeamMember', ben.id, { name: 'Dra. Gómez', role: 'specialist', specialty: 'Cardiology' }),
      buildItem(session, 'appointment', ben.id, { startsAt: '2026-03-01T10:00', reason: 'Heart check', location: 'Gómez clinic' }),
      buildItem(session, 'measurement', ana.id, { type: 'weight', takenAt: '2026-03-01T10:00', value: 70, unit: 'kg', notes: 'metformina day' }),
    ]);
    const entries = searchEntries(session);
    const everyone = listPeople(session);
    const kinds = (query: string, people = everyone) => searchRecord(entries, query, people).map((r) => r.kind).sort();
    expect(kinds('METFORMINA')).toEqual(['medication']);
    expect(kinds('azucar cena')).toEqual(['medication']);
    expect(kinds('blood high')).toEqual(['condition']);
    expect(kinds('gomez')).toEqual(['appointment', 'careTeamMember']);
    expect(kinds('gomez', [ana])).toEqual([]);
    expect(kinds('   ')).toEqual([]);
    expect(kinds('metformina pressure')).toEqual([]);
  });

  it('rebuilds its texts after a change', async () => {
    const { session } = await testVault().create(PASSPHRASE);
    const ana = await savePerson(session, { fullName: 'Ana' });
    expect(searchRecord(searchEntries(session), 'aspirin', [ana])).toEqual([]);
    await saveItems(session, [buildItem(session, 'medication', ana.id, { name: 'Aspirin' })]);
    expect(searchRecord(searchEntries(session), 'aspirin', [ana])).toHaveLength(1);
  });
});
