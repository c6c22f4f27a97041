import { deriveKeyBytes, type DeriveKeyBytes } from '../../../shared/vault/kdf';
import { MIN_ITERATIONS, MIN_MEMORY_KIB } from '../../../shared/vault/kdf-params';
import { toHex } from '../../../shared/util/bytes';
import { savePerson } from '../../../shared/people/people-store';
import { buildItem, saveItems } from '../../../shared/record/item-store';
import { savePreferences } from '../../../shared/settings/preferences-store';
import type { VaultSession } from '../../../shared/vault/session';
import type { SealOptions } from '../../../shared/backup/seal';

export const BACKUP_PASSPHRASE = 'blue kettle on the windowsill';

/** The cheapest parameters the vault accepts, so the many opens below stay quick. */
export const TEST_KDF = { algorithm: 'argon2id', memoryKiB: MIN_MEMORY_KIB, iterations: MIN_ITERATIONS, parallelism: 1 } as const;

/**
 * The real Argon2id, remembered per (passphrase, parameters): tamper tests open the same
 * file hundreds of times, and most flips leave the KDF input unchanged. Each call gets a
 * fresh copy because the caller wipes the bytes it is given.
 */
export function cachedDerive(): DeriveKeyBytes & { calls: () => number } {
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();
  let calls = 0;
  const derive: DeriveKeyBytes = async (passphrase, params) => {
    calls += 1;
    const key = `${passphrase}|${params.memoryKiB}|${params.iterations}|${params.parallelism}|${toHex(params.salt)}`;
    let bytes = cache.get(key);
    if (!bytes) {
      bytes = await deriveKeyBytes(passphrase, params);
      cache.set(key, bytes.slice());
    }
    return bytes.slice();
  };
  return Object.assign(derive, { calls: () => calls });
}

export function sealOptions(derive: DeriveKeyBytes = cachedDerive()): SealOptions {
  return { deriveKeyBytes: derive, kdf: TEST_KDF };
}

/**
 * Two people with a record of every common kind, this computer's preferences, and one item
 * of a kind this version does not know (from a newer app): all must survive a round trip.
 */
export async function fillBinder(session: VaultSession): Promise<{ rosa: string; tomas: string }> {
  const rosa = await savePerson(session, { fullName: 'Rosa María Delgado', preferredName: 'Mamá' });
  const tomas = await savePerson(session, { fullName: 'Tomás Delgado' });
  await saveItems(session, [
    buildItem(session, 'medication', rosa.id, { name: 'Metformin 500 mg tablet', purpose: 'Blood sugar', notes: 'With dinner — ñ ✓' }),
    buildItem(session, 'medication', rosa.id, { name: 'Lisinopril 10 mg' }),
    buildItem(session, 'condition', rosa.id, { name: 'Type 2 diabetes mellitus', plainName: 'Diabetes' }),
    buildItem(session, 'careTeamMember', rosa.id, { name: 'Dra. Gómez', role: 'specialist', specialty: 'Endocrinology' }),
    buildItem(session, 'appointment', rosa.id, { startsAt: '2026-12-10T09:30', reason: 'A1c check', location: 'Clinic B' }),
    buildItem(session, 'measurement', rosa.id, { type: 'weight', takenAt: '2026-11-01T08:00', value: 68.5, unit: 'kg' }),
    buildItem(session, 'medication', tomas.id, { name: 'Amoxicillin 250 mg' }),
    buildItem(session, 'condition', tomas.id, { name: 'Asthma' }),
  ]);
  await session.commit({
    put: [{ table: 'items', id: 'future-kind-1', value: { kind: 'somethingNewer', id: 'future-kind-1', personId: tomas.id, detail: { nested: [1, 2, 3] } } }],
  });
  await savePreferences(session, { idleLockMinutes: 12 });
  return { rosa: rosa.id, tomas: tomas.id };
}

/** Every record of the vault, table by table, sorted by id: what "every record equal" compares. */
export function allRecords(session: VaultSession): Record<string, [string, unknown][]> {
  const out: Record<string, [string, unknown][]> = {};
  for (const table of ['people', 'items', 'settings'] as const) {
    out[table] = [...session.all(table)].sort(([a], [b]) => a.localeCompare(b));
  }
  return out;
}
