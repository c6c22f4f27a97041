import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { openVaultDatabase, type VaultDatabase } from '../../../shared/vault/database';
import { encryptRecord } from '../../../shared/vault/record-codec';
import { VaultSession, type RecordPut } from '../../../shared/vault/session';
import { blockKeyOf } from '../../../shared/vault/record-blocks';

let counter = 0;

/** A session on a fresh database with a key the test holds, so rows can be written and reopened directly. */
async function freshSession(): Promise<{
  db: VaultDatabase;
  session: VaultSession;
  reopen: () => Promise<VaultSession>;
  rows: () => Promise<{ items: number; blocks: number }>;
}> {
  const db = openVaultDatabase(`blocks-${process.pid}-${(counter += 1)}`);
  const key = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  return {
    db,
    session: await VaultSession.open(db, key),
    reopen: () => VaultSession.open(db, key),
    rows: async () => ({ items: await db.items.count(), blocks: await db.blocks.count() }),
  };
}

const reading = (id: string, personId: string, takenAt: string, value = 120): RecordPut => ({
  table: 'items',
  id,
  value: { kind: 'measurement', id, personId, type: 'bloodPressure', takenAt, value, value2: 80, unit: 'mmHg' },
});

const medicine: RecordPut = { table: 'items', id: 'med-1', value: { kind: 'medication', id: 'med-1', personId: 'p1', name: 'Metformin' } };

const snapshot = (session: VaultSession): Record<string, unknown> => Object.fromEntries([...session.all('items')].sort(([a], [b]) => a.localeCompare(b)));

describe('Record blocks', () => {
  it('keeps a person’s readings of one year, and each other area, in one row; people in their own', async () => {
    const { session, reopen, rows } = await freshSession();
    const readings = Array.from({ length: 90 }, (_, i) => reading(`m${i}`, 'p1', `202${2 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}T08:00`));
    const person = { table: 'people' as const, id: 'p1', value: { id: 'p1', fullName: 'Ada' } };
    await session.commit({ put: [...readings, reading('other', 'p2', '2024-01-05'), medicine, { ...medicine, id: 'med-2', value: { ...medicine.value as object, id: 'med-2' } }, person] });
    expect(await rows()).toEqual({ items: 0, blocks: 5 });
    const reopened = await reopen();
    expect(snapshot(reopened)).toEqual(snapshot(session));
    expect(reopened.all('items').size).toBe(93);
    expect(reopened.get('people', 'p1')).toEqual(person.value);
    expect(reopened.damaged).toEqual([]);
  });

  it('moves a reading to another year’s block and removes a block once it is empty', async () => {
    const { session, reopen, rows } = await freshSession();
    await session.commit({ put: [reading('a', 'p1', '2024-01-02'), reading('b', 'p1', '2024-01-03'), reading('c', 'p1', '2025-02-01')] });
    await session.commit({ put: [reading('a', 'p1', '2025-02-09', 140)] });
    expect(await rows()).toEqual({ items: 0, blocks: 2 });
    expect((await reopen()).get('items', 'a')).toMatchObject({ takenAt: '2025-02-09', value: 140 });
    await session.commit({ remove: [{ table: 'items', id: 'b' }] });
    expect(await rows()).toEqual({ items: 0, blocks: 1 });
    const reopened = await reopen();
    expect([...reopened.all('items').keys()].sort()).toEqual(['a', 'c']);
  });

  it('moves a reading stored in a row of its own into its block when it is next written', async () => {
    const db = openVaultDatabase(`blocks-legacy-${process.pid}`);
    const key = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const old = reading('old', 'p1', '2023-05-01');
    await db.items.put(await encryptRecord(key, 'items', 'old', old.value));
    const session = await VaultSession.open(db, key);
    expect(session.get('items', 'old')).toEqual(old.value);
    await session.commit({ put: [reading('old', 'p1', '2023-05-01', 135)] });
    expect([await db.items.count(), await db.blocks.count()]).toEqual([0, 1]);
    expect((await VaultSession.open(db, key)).get('items', 'old')).toMatchObject({ value: 135 });
  });

  it('opens a vault written before blocks existed (schema version 1) and keeps every record', async () => {
    const name = `blocks-v1-${process.pid}`;
    const key = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const before = new Dexie(name);
    before.version(1).stores({ keyring: 'id', people: 'id', items: 'id', settings: 'id' });
    const old = reading('old', 'p1', '2023-05-01');
    await before.table('items').bulkPut([await encryptRecord(key, 'items', 'old', old.value), await encryptRecord(key, 'items', 'med-1', medicine.value)]);
    before.close();
    const db = openVaultDatabase(name);
    const session = await VaultSession.open(db, key);
    expect(db.verno).toBe(2);
    expect(snapshot(session)).toEqual({ 'med-1': medicine.value, old: old.value });
    await session.commit({ put: [reading('new', 'p1', '2023-05-02')] });
    expect(snapshot(await VaultSession.open(db, key))).toEqual(snapshot(session));
  });

  it('a block row moved to another id fails to open; every other row still opens', async () => {
    const { db, session, reopen } = await freshSession();
    await session.commit({ put: [reading('a', 'p1', '2024-01-02')] });
    const [readings] = await db.blocks.toArray();
    await session.commit({ put: [medicine] });
    await db.blocks.delete(readings!.id);
    await db.blocks.put({ ...readings!, id: 'elsewhere' });
    const reopened = await reopen();
    expect(reopened.damaged).toEqual([{ table: 'blocks', id: 'elsewhere' }]);
    expect(reopened.get('items', 'med-1')).toEqual(medicine.value);
    expect(reopened.get('items', 'a')).toBeUndefined();
  });

  it('names a block only inside the encryption: its row id is random', async () => {
    const { db, session } = await freshSession();
    await session.commit({ put: [reading('a', 'person-with-a-name', '2024-01-02')] });
    const [row] = await db.blocks.toArray();
    expect(row!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new TextDecoder().decode(row!.ciphertext)).not.toContain('person-with-a-name');
  });

  it('blocks items by person and area, readings by year; never people or settings', () => {
    expect(blockKeyOf('items', reading('a', 'p1', '2024-01-02T10:00').value)).toBe('p1|measurement|2024');
    expect(blockKeyOf('items', { kind: 'appointment', personId: 'p1', startsAt: '2024-05-02T10:00' })).toBe('p1|appointment');
    expect(blockKeyOf('items', medicine.value)).toBe('p1|medication');
    expect(blockKeyOf('people', reading('a', 'p1', '2024-01-02').value)).toBeNull();
    expect(blockKeyOf('settings', { kind: 'x', personId: 'p1' })).toBeNull();
    expect(blockKeyOf('items', { kind: 'measurement', id: 'x' })).toBeNull();
  });

  it('after any sequence of writes and removals, reopening gives exactly what the session holds', async () => {
    const operation = fc.oneof(
      fc.record({ put: fc.constant(true), id: fc.integer({ min: 0, max: 12 }), person: fc.constantFrom('p1', 'p2'), month: fc.integer({ min: 1, max: 4 }), measurement: fc.boolean() }),
      fc.record({ put: fc.constant(false), id: fc.integer({ min: 0, max: 12 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(operation, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), async (changes) => {
        const { session, reopen } = await freshSession();
        for (const change of changes) {
          const put: RecordPut[] = [];
          const remove: { table: 'items'; id: string }[] = [];
          for (const op of change) {
            const id = `r${op.id}`;
            if (!op.put) remove.push({ table: 'items', id });
            else if (op.measurement) put.push(reading(id, op.person, `202${op.month}-01-01`, op.id));
            else put.push({ table: 'items', id, value: { kind: 'task', id, personId: op.person, title: `t${op.month}` } });
          }
          // One change writes each record at most once, as every caller does.
          const seen = new Set<string>();
          await session.commit({ put: put.filter((p) => !seen.has(p.id) && seen.add(p.id)), remove: remove.filter((r) => !seen.has(r.id) && seen.add(r.id)) });
        }
        expect(snapshot(await reopen())).toEqual(snapshot(session));
      }),
      { numRuns: 60 },
    );
  });
});
