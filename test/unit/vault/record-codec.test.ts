import { describe, expect, it } from 'vitest';
import { decryptRecord, encryptJsonRecords, encryptRecord, type EncryptedRow } from '../../../shared/vault/record-codec';
import { isVaultError } from '../../../shared/vault/errors';
import { PASSPHRASE, testVault } from './helpers';
import { openVaultDatabase } from '../../../shared/vault/database';

const key = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const value = { name: 'Ada Lovelace', birthDate: '1815-12-10' };

async function failsIntegrity(row: EncryptedRow, table = 'people'): Promise<boolean> {
  return decryptRecord(key, table, row).then(
    () => false,
    (e: unknown) => isVaultError(e, 'integrity'),
  );
}

describe('Record codec', () => {
  it('round-trips a record and stores only id, version, iv and ciphertext', async () => {
    const row = await encryptRecord(key, 'people', 'r1', value);
    expect(Object.keys(row).sort()).toEqual(['ciphertext', 'id', 'iv', 'version']);
    expect(row.iv).toHaveLength(12);
    expect(new TextDecoder().decode(row.ciphertext)).not.toContain('Ada');
    expect(await decryptRecord(key, 'people', row)).toEqual(value);
  });

  it('uses a fresh IV for every write', async () => {
    const a = await encryptRecord(key, 'people', 'r1', value);
    const b = await encryptRecord(key, 'people', 'r1', value);
    expect(a.iv).not.toEqual(b.iv);
  });

  it('detects every flipped bit position in every byte of the IV, ciphertext and tag', async () => {
    const row = await encryptRecord(key, 'people', 'r1', value);
    for (const field of ['iv', 'ciphertext'] as const) {
      for (let i = 0; i < row[field].length; i += 1) {
        const tampered = { ...row, [field]: row[field].slice() };
        tampered[field][i]! ^= 1 << (i % 8);
        expect(await failsIntegrity(tampered), `${field}[${i}]`).toBe(true);
      }
    }
  });

  it('encrypts a batch with a fresh IV of its own per row, each bound to its own table and id', async () => {
    // More rows than one random draw gives IVs for, so the batch spans several draws.
    const records = Array.from({ length: 6000 }, (_, i) => ({ table: i % 2 === 0 ? 'people' : 'items', id: `r${i}`, value: { n: i } }));
    const rows = await encryptJsonRecords(key, records.map((record) => ({ table: record.table, id: record.id, json: JSON.stringify(record.value) })));
    expect(new Set(rows.map((row) => row.iv.join(','))).size).toBe(records.length);
    for (const row of rows) {
      expect(row.iv).toHaveLength(12);
      // Each IV lives in a buffer of its own: a stored row never carries its neighbours' IVs.
      expect(row.iv.buffer.byteLength).toBe(12);
    }
    for (const index of [0, 1, 5460, 5461, 5999]) {
      const record = records[index]!;
      expect(await decryptRecord(key, record.table, rows[index]!)).toEqual(record.value);
      expect(await failsIntegrity(rows[index]!, record.table === 'people' ? 'items' : 'people')).toBe(true);
    }
    expect(await failsIntegrity({ ...rows[0]!, id: 'r2' })).toBe(true);
  });

  it('detects a record moved to another id or table, or relabelled with another version', async () => {
    const row = await encryptRecord(key, 'people', 'r1', value);
    expect(await failsIntegrity({ ...row, id: 'r2' })).toBe(true);
    expect(await failsIntegrity(row, 'items')).toBe(true);
    expect(await failsIntegrity({ ...row, version: 0 })).toBe(true);
  });

  it('refuses a row from a newer record format', async () => {
    const row = await encryptRecord(key, 'people', 'r1', value);
    const error = await decryptRecord(key, 'people', { ...row, version: 2 }).catch((e: unknown) => e);
    expect(isVaultError(error, 'newer-version')).toBe(true);
  });

  it('a swapped record fails on unlock while every other record still opens', async () => {
    const name = `swap-${Date.now()}`;
    const vault = testVault(name);
    const { session } = await vault.create(PASSPHRASE);
    await session.commit({
      put: ['a', 'b', 'c'].map((id) => ({ table: 'people' as const, id, value: { name: id } })),
    });
    vault.close();
    const db = openVaultDatabase(name);
    const [a, b] = [await db.people.get('a'), await db.people.get('b')];
    await db.people.put({ ...a!, id: 'b' });
    await db.people.put({ ...b!, id: 'a' });
    db.close();
    const reopened = await testVault(name).unlock({ kind: 'passphrase', value: PASSPHRASE });
    expect(reopened.damaged.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(reopened.get('people', 'c')).toEqual({ name: 'c' });
  });
});
