import 'fake-indexeddb/auto';
import { argon2id } from 'hash-wasm';
import { deriveKeyBytes } from '../shared/vault/kdf';
import { SHIPPED_KDF, type KdfParams } from '../shared/vault/kdf-params';
import { Vault } from '../shared/vault/vault';
import { decryptRecord, encryptRecord, type EncryptedRow } from '../shared/vault/record-codec';
import { RECORD_TABLES } from '../shared/vault/database';
import type { VaultSession } from '../shared/vault/session';
import { listPeople, recordCounts, savePerson } from '../shared/people/people-store';
import { randomBytes } from '../shared/util/bytes';
import { medianMs, type BenchRow } from './measure';

const PASSPHRASE = 'benchmark passphrase, long enough';
const RECORDS = 5000;
const PEOPLE = 50;

/** Argon2id through the vault's KDF, next to the library called directly with the same parameters. */
export async function benchKdf(): Promise<BenchRow> {
  const params: KdfParams = { ...SHIPPED_KDF, salt: randomBytes(16) };
  const ms = await medianMs(5, () => deriveKeyBytes(PASSPHRASE, params));
  const baselineMs = await medianMs(5, () =>
    argon2id({ password: PASSPHRASE, salt: params.salt, memorySize: params.memoryKiB, iterations: params.iterations, parallelism: 1, hashLength: 32, outputType: 'binary' }),
  );
  return {
    name: 'Argon2id, shipped parameters (64 MiB, t=3, p=1)',
    ms,
    baseline: 'hash-wasm argon2id called directly, same parameters',
    baselineMs,
    ratio: ms / baselineMs,
    budget: '≤ 1000 ms (SECURITY.md #2)',
    withinBudget: ms <= 1000,
  };
}

/** A vault of 5,000 records: 50 people, the rest care-record items of realistic size. */
async function fillVault(name: string): Promise<void> {
  const vault = new Vault({ name, deriveKeyBytes });
  const { session } = await vault.create(PASSPHRASE);
  const people = [];
  for (let p = 0; p < PEOPLE; p += 1) people.push(await savePerson(session, { fullName: `Person ${p} Example`, birthDate: '1950-05-05' }));
  const put = [];
  for (let i = 0; i < RECORDS - PEOPLE; i += 1) {
    const id = crypto.randomUUID();
    put.push({
      table: 'items' as const,
      id,
      value: {
        id,
        personId: people[i % PEOPLE]!.id,
        kind: 'medication',
        name: `Medicine ${i} 20 mg tablet`,
        instructions: 'Take 1 tablet by mouth 2 times a day, with food. Do not take with grapefruit juice.',
        purpose: 'For blood pressure',
        history: [{ date: '2026-01-01', change: 'started', by: 'Dr Example' }],
      },
    });
  }
  await session.commit({ put });
  vault.close();
}

/** Unlock to a ready home screen, next to the floor: the same KDF plus decrypting and parsing the same records. */
export async function benchUnlock(): Promise<BenchRow> {
  const name = `bench-${Date.now()}`;
  await fillVault(name);
  const unlockToHome = async (): Promise<VaultSession> => {
    const vault = new Vault({ name, deriveKeyBytes });
    const session = await vault.unlock({ kind: 'passphrase', value: PASSPHRASE });
    for (const person of listPeople(session)) recordCounts(session, person.id);
    return session;
  };
  const ms = await medianMs(3, async () => (await unlockToHome()).lock());

  // The floor: the same plaintexts encrypted under a bench key, decrypted and parsed with no vault around them.
  const session = await unlockToHome();
  const benchKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const floorRows: [string, EncryptedRow][] = [];
  for (const table of RECORD_TABLES) {
    for (const [id, value] of session.all(table)) floorRows.push([table, await encryptRecord(benchKey, table, id, value)]);
  }
  session.lock();
  const kdf: KdfParams = { ...SHIPPED_KDF, salt: randomBytes(16) };
  const baselineMs = await medianMs(3, async () => {
    await deriveKeyBytes(PASSPHRASE, kdf);
    await Promise.all(floorRows.map(([table, row]) => decryptRecord(benchKey, table, row)));
  });
  return {
    name: `Unlock → home screen, ${RECORDS.toLocaleString('en')} records`,
    ms,
    baseline: 'Argon2id + AES-GCM decrypt + JSON.parse of the same records',
    baselineMs,
    ratio: ms / baselineMs,
    budget: '≤ 1500 ms including the KDF',
    withinBudget: ms <= 1500,
  };
}
