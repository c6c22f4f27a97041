// Decisions memory and the one-transaction commit, through a real (in-memory) encrypted vault.
import { afterEach, describe, expect, it } from 'vitest';
import { PASSPHRASE, testVault } from '../../vault/helpers';
import { reconcile } from '../../../../shared/import/reconcile/reconcile';
import { commitImport } from '../../../../shared/import/commit-import';
import { readDecisionMemory } from '../../../../shared/import/decisions/read-memory';
import { DECISION_ROW_PREFIX } from '../../../../shared/import/decisions/decision-memory';
import { listItems } from '../../../../shared/record/item-store';
import { itemsOf, listPeople } from '../../../../shared/people/people-store';
import type { ImportedItem } from '../../../../shared/import/bundle';
import type { VaultSession } from '../../../../shared/vault/session';
import type { ExistingItem } from '../../../../shared/import/reconcile/existing-index';
import { arriving, rx } from './helpers';

const PERSON = 'person-1';
const TODAY = '2025-01-15';

function reconcileFor(session: VaultSession, items: ImportedItem[]) {
  return reconcile({ items, existing: itemsOf(session, PERSON) as ExistingItem[], memory: readDecisionMemory(session, PERSON), today: TODAY });
}

async function importAll(session: VaultSession, items: ImportedItem[], reject: (key: string) => boolean = () => false) {
  const result = reconcileFor(session, items);
  const accepted = new Set(result.proposals.map((p) => p.key).filter((key) => !reject(key)));
  const summary = await commitImport(session, { result, accepted, personId: PERSON, fileName: 'portal.json', now: new Date('2025-01-15T12:00:00Z') });
  return { result, summary };
}

const lisinopril = (date: string, id: string, dose = '1') =>
  arriving('medication', { name: 'Lisinopril', strength: '10 mg', doseAmount: dose, startDate: date, codes: rx('314076') }, { sourceIds: [id], recordedAt: date });
const first = [
  lisinopril('2022-01-01', 'MedicationRequest/1'),
  lisinopril('2023-01-01', 'MedicationRequest/2'),
  arriving('allergy', { substance: 'Penicillin', reaction: 'Hives' }, { sourceIds: ['AllergyIntolerance/1'] }),
  arriving('condition', { name: 'Essential hypertension', codes: { rxnorm: [], snomed: ['59621000'], icd10: [], other: [] } }, { sourceIds: ['Condition/1'] }),
];

describe('committing an import', () => {
  const restore: (() => void)[] = [];
  afterEach(() => restore.splice(0).forEach((undo) => undo()));

  it('writes accepted items with their source and codes, one medicine with its history', async () => {
    const session = (await testVault().create(PASSPHRASE)).session;
    const { summary } = await importAll(session, first);
    expect(summary).toEqual({ added: 3, updated: 0, rejected: 0, unchanged: 0 });
    const [medicine, ...others] = listItems(session, 'medication', PERSON);
    expect(others).toEqual([]);
    expect(medicine).toMatchObject({ name: 'Lisinopril', codes: rx('314076'), startDate: '2022-01-01' });
    expect(medicine?.source).toEqual({
      type: 'import',
      fileName: 'portal.json',
      documentTitle: 'Health summary',
      organization: 'Lakeside Clinic',
      documentDate: '2024-05-01',
      importedAt: '2025-01-15T12:00:00.000Z',
    });
    expect(medicine?.history.map((line) => line.change)).toEqual(['imported', 'imported']);
  });

  it('proposes nothing when the same file comes again, and only what is new or changed from a newer one', async () => {
    const session = (await testVault().create(PASSPHRASE)).session;
    await importAll(session, first);
    const again = reconcileFor(session, first);
    expect(again.proposals).toEqual([]);
    expect(again.alreadyDecided).toBe(first.length);

    const newer = [
      ...first,
      lisinopril('2024-01-01', 'MedicationRequest/3', '2'),
      arriving('allergy', { substance: 'Sulfa drugs' }, { sourceIds: ['AllergyIntolerance/2'] }),
    ];
    const overlap = reconcileFor(session, newer);
    expect(overlap.proposals.map((p) => [p.kind, p.status])).toEqual([
      ['medication', 'changed'],
      ['allergy', 'new'],
    ]);
    expect(overlap.proposals[0]?.changes).toContainEqual({ field: 'doseAmount', from: '1', to: '2' });
    await importAll(session, newer);
    const medicines = listItems(session, 'medication', PERSON);
    expect(medicines).toHaveLength(1);
    expect(medicines[0]).toMatchObject({ doseAmount: '2', startDate: '2022-01-01' });
    expect(medicines[0]?.history).toHaveLength(3);
    expect(reconcileFor(session, newer).proposals).toEqual([]);
  });

  it('remembers a rejection: the same entry is not proposed again', async () => {
    const session = (await testVault().create(PASSPHRASE)).session;
    await importAll(session, first, (key) => key.startsWith('allergy'));
    expect(listItems(session, 'allergy', PERSON)).toEqual([]);
    expect(reconcileFor(session, first).proposals).toEqual([]);
  });

  it('keeps decisions in encrypted rows with random ids, and only for their person', async () => {
    const vault = testVault();
    const session = (await vault.create(PASSPHRASE)).session;
    await importAll(session, first);
    const ids = [...session.all('settings').keys()].filter((id) => id.startsWith(DECISION_ROW_PREFIX));
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^import-decisions-[0-9a-f-]{36}$/);
    expect(readDecisionMemory(session, 'someone-else').byFingerprint.size).toBe(0);
    // After locking and unlocking, the memory is read back from the encrypted rows.
    session.lock();
    const reopened = await vault.unlock({ kind: 'passphrase', value: PASSPHRASE });
    expect(reconcileFor(reopened, first).proposals).toEqual([]);
  });

  it('creates a new person in the same transaction', async () => {
    const session = (await testVault().create(PASSPHRASE)).session;
    const result = reconcile({ items: first, existing: [], memory: readDecisionMemory(session, 'new-person'), today: TODAY });
    await commitImport(session, {
      result,
      accepted: new Set(result.proposals.map((p) => p.key)),
      personId: 'new-person',
      newPerson: { fullName: 'Ada Example', birthDate: '1950-02-03' },
      fileName: 'portal.json',
      now: new Date('2025-01-15T12:00:00Z'),
    });
    expect(listPeople(session).map((p) => [p.id, p.fullName])).toEqual([['new-person', 'Ada Example']]);
    expect(itemsOf(session, 'new-person')).toHaveLength(3);
  });

  it('leaves the vault as it was when the commit is interrupted part way', async () => {
    const vault = testVault();
    const session = (await vault.create(PASSPHRASE)).session;
    await importAll(session, first.slice(0, 1));
    const before = itemsOf(session, PERSON);
    const settingsBefore = session.all('settings').size;
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === 2) throw new Error('power cut');
      return original.apply(this, args);
    };
    restore.push(() => (IDBObjectStore.prototype.put = original));
    const result = reconcileFor(session, first);
    await expect(commitImport(session, { result, accepted: new Set(result.proposals.map((p) => p.key)), personId: PERSON, fileName: 'portal.json', now: new Date() })).rejects.toThrow();
    expect(calls).toBeGreaterThanOrEqual(2);
    restore.splice(0).forEach((undo) => undo());
    expect(itemsOf(session, PERSON)).toEqual(before);
    session.lock();
    const reopened = await vault.unlock({ kind: 'passphrase', value: PASSPHRASE });
    expect(itemsOf(reopened, PERSON)).toEqual(before);
    expect(reopened.all('settings').size).toBe(settingsBefore);
  });
});
