import { VaultError, isVaultError } from './errors';
import { decryptRecord, encryptRecords, type EncryptedRow } from './record-codec';
import { RECORD_TABLES, type RecordTable, type VaultDatabase } from './database';

export interface RecordRef {
  table: RecordTable;
  id: string;
}
export interface RecordPut extends RecordRef {
  value: unknown;
}
export interface VaultChange {
  put?: readonly RecordPut[];
  remove?: readonly RecordRef[];
}

/**
 * An unlocked vault: the data key and the decrypted records, in memory only.
 * Queries run on this in-memory copy. Locking drops both, after which nothing can be
 * read or written (SECURITY.md #9).
 */
export class VaultSession {
  #key: CryptoKey | null;
  #records = new Map<RecordTable, Map<string, unknown>>();
  #listeners = new Set<() => void>();
  #revision = 0;
  /** Records that failed authentication on open; the rest of the vault still opens. */
  readonly damaged: RecordRef[] = [];

  private constructor(
    private readonly db: VaultDatabase,
    key: CryptoKey,
  ) {
    this.#key = key;
  }

  static async open(db: VaultDatabase, key: CryptoKey): Promise<VaultSession> {
    const session = new VaultSession(db, key);
    for (const table of RECORD_TABLES) {
      const rows = await db[table].toArray();
      const values = new Map<string, unknown>();
      const decrypted = await Promise.all(rows.map((row) => session.#tryDecrypt(table, row)));
      rows.forEach((row, index) => {
        const value = decrypted[index];
        if (value === undefined) session.damaged.push({ table, id: row.id });
        else values.set(row.id, value);
      });
      session.#records.set(table, values);
    }
    return session;
  }

  async #tryDecrypt(table: RecordTable, row: EncryptedRow): Promise<unknown> {
    try {
      return await decryptRecord(this.#requireKey(), table, row);
    } catch (error) {
      if (isVaultError(error, 'integrity')) return undefined;
      throw error;
    }
  }

  /** Moves on with every committed change: lets readers cache what they derive from the records. */
  get revision(): number {
    return this.#revision;
  }

  get isLocked(): boolean {
    return this.#key === null;
  }

  all(table: RecordTable): ReadonlyMap<string, unknown> {
    this.#requireKey();
    return this.#records.get(table) ?? new Map();
  }

  get(table: RecordTable, id: string): unknown {
    return this.all(table).get(id);
  }

  /**
   * Applies a logical change atomically: every record is encrypted first, then all rows
   * are written in one IndexedDB transaction, so an interruption leaves the vault either
   * as before or fully after (SECURITY.md #7). Memory is updated only after the commit.
   */
  async commit(change: VaultChange): Promise<void> {
    const key = this.#requireKey();
    const puts = change.put ?? [];
    const removes = change.remove ?? [];
    const rows = await encryptRecords(key, puts);
    const tables = [...new Set([...puts, ...removes].map((r) => r.table))];
    if (tables.length === 0) return;
    await this.db.transaction('rw', tables.map((t) => this.db[t]), async () => {
      // One bulk call per table: Dexie then waits on the last request instead of one promise per
      // row, which is most of the cost of writing a large import.
      for (const table of tables) {
        const tableRows = rows.filter((_row, i) => puts[i]!.table === table);
        const tableRemoves = removes.filter((r) => r.table === table).map((r) => r.id);
        if (tableRows.length > 0) await this.db[table].bulkPut(tableRows);
        if (tableRemoves.length > 0) await this.db[table].bulkDelete(tableRemoves);
      }
    });
    this.#requireKey();
    puts.forEach((p) => this.#records.get(p.table)?.set(p.id, structuredClone(p.value)));
    removes.forEach((r) => this.#records.get(r.table)?.delete(r.id));
    this.#revision += 1;
    this.#notify();
  }

  /** Drops the key and every decrypted value. */
  lock(): void {
    this.#key = null;
    this.#records.clear();
    this.#notify();
    this.#listeners.clear();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }

  #requireKey(): CryptoKey {
    if (this.#key === null) throw new VaultError('locked', 'the vault is locked');
    return this.#key;
  }
}
