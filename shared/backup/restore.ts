import type { RecordPut, VaultSession } from '../vault/session';
import type { Vault } from '../vault/vault';
import { countsOf, emptyCounts, RECORD_TABLES, type BackupContents, type TableCounts } from './contents';

export interface RestorePlan {
  put: RecordPut[];
  /** Records new to this vault, by table. */
  added: TableCounts;
  /** Records whose id is already in this vault: left exactly as they are, by table. */
  skipped: TableCounts;
}

/**
 * An additive restore: every record whose id this vault does not hold yet is added;
 * a record already present is never overwritten, only counted. (A later step may route
 * this through the import review instead, record by record.)
 */
export function planAdditiveRestore(session: VaultSession, contents: BackupContents): RestorePlan {
  const plan: RestorePlan = { put: [], added: emptyCounts(), skipped: emptyCounts() };
  for (const table of RECORD_TABLES) {
    const present = session.all(table);
    const seen = new Set<string>();
    for (const record of contents[table]) {
      if (present.has(record.id) || seen.has(record.id)) {
        plan.skipped[table] += 1;
        continue;
      }
      seen.add(record.id);
      plan.put.push({ table, id: record.id, value: record.value });
      plan.added[table] += 1;
    }
  }
  return plan;
}

/** Adds what is new in one transaction: the vault ends either as before or with all of it. */
export async function restoreIntoOpenVault(session: VaultSession, contents: BackupContents): Promise<Omit<RestorePlan, 'put'>> {
  const plan = planAdditiveRestore(session, contents);
  if (plan.put.length > 0) await session.commit({ put: plan.put });
  return { added: plan.added, skipped: plan.skipped };
}

/**
 * First run on a new computer: creates the vault under the passphrase chosen for it, then
 * writes every record of the backup in one transaction.
 */
export async function restoreIntoNewVault(
  vault: Vault,
  passphrase: string,
  contents: BackupContents,
): Promise<{ session: VaultSession; recoveryKey: string; restored: TableCounts }> {
  const { session, recoveryKey } = await vault.create(passphrase);
  const put = RECORD_TABLES.flatMap((table) => contents[table].map((record) => ({ table, id: record.id, value: record.value })));
  if (put.length > 0) await session.commit({ put });
  return { session, recoveryKey, restored: countsOf(contents) };
}
