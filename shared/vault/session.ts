import { deepFreeze } from '../util/deep-freeze';
import { VaultError, isVaultError } from './errors';
import { decryptRecord, encryptJsonRecords, type EncryptedRow, type JsonRecord } from './record-codec';
import { RECORD_TABLES, type RecordTable, type VaultDatabase } from './database';
import { BLOCK_TABLE, BlockIndex, blockJson, isBlockValue } from './record-blocks';
import type { RecordPut, RecordRef } from './record-refs';

/** Callers name records and changes through the session. */
export type { RecordPut, RecordRef };

/** A table as stored: the record tables, and the rows that hold blocks of records. */
export type StoredTable = RecordTable | typeof BLOCK_TABLE;

export interface VaultChange {
  put?: readonly RecordPut[];
  remove?: readonly RecordRef[];
  /**
   * The values are the session's from now on: they are frozen and kept as they are instead of
   * being copied. For large changes built fresh for the vault (an import), by callers that never
   * touch them again.
   */
  handOver?: boolean;
}

/**
 * An unlocked vault: the data key and the decrypted records, in memory only.
 * Queries run on this in-memory copy. Locking drops both, after which nothing can be
 * read or written (SECURITY.md #9).
 */
export class VaultSession {
  #key: CryptoKey | null;
  #records = new Map<RecordTable, Map<string, unknown>>();
  #blocks = new BlockIndex();
  #listeners = new Set<() => void>();
  #revision = 0;
  /** Rows that failed authentication on open (a block row holds many records); the rest of the vault still opens. */
  readonly damaged: { table: StoredTable; id: string }[] = [];

  private constructor(
    private readonly db: VaultDatabase,
    key: CryptoKey,
  ) {
    this.#key = key;
  }

  static async open(db: VaultDatabase, key: CryptoKey): Promise<VaultSession> {
    const session = new VaultSession(db, key);
    for (const table of RECORD_TABLES) {
      const values = new Map<string, unknown>();
      for (const [id, value] of await session.#readTable(table)) values.set(id, value);
      session.#records.set(table, values);
    }
    for (const [id, block] of await session.#readTable(BLOCK_TABLE)) {
      const records = isBlockValue(block) ? session.#records.get(block.table) : undefined;
      if (!isBlockValue(block) || records === undefined) {
        session.damaged.push({ table: BLOCK_TABLE, id });
        continue;
      }
      for (const record of block.records) records.set(record.id, record.value);
      session.#blocks.load(id, block);
    }
    return session;
  }

  /** Every row of a table decrypted; rows that fail authentication are listed as damaged. */
  async #readTable(table: StoredTable): Promise<[string, unknown][]> {
    const rows = await this.db[table].toArray();
    const decrypted = await Promise.all(rows.map((row) => this.#tryDecrypt(table, row)));
    const values: [string, unknown][] = [];
    rows.forEach((row, index) => {
      const value = decrypted[index];
      if (value === undefined) this.damaged.push({ table, id: row.id });
      else values.push([row.id, value]);
    });
    return values;
  }

  async #tryDecrypt(table: StoredTable, row: EncryptedRow): Promise<unknown> {
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
   * as before or fully after (SECURITY.md #7). Memory is updated only after the commit, with
   * each value parsed back from the JSON that was encrypted (exactly what the next unlock reads,
   * never the caller's own objects), or with the caller's values frozen when they are handed over.
   */
  async commit(change: VaultChange): Promise<void> {
    const key = this.#requireKey();
    const puts = change.put ?? [];
    const plan = this.#blocks.plan(puts, change.remove ?? [], (table, id) => this.#records.get(table)?.get(id));
    const texts = new Map<unknown, string>();
    const jsonOf = (value: unknown): string => {
      let json = texts.get(value);
      if (json === undefined) texts.set(value, (json = JSON.stringify(value) ?? 'null'));
      return json;
    };
    const writes: (JsonRecord & { table: StoredTable })[] = [
      ...plan.puts.map((put) => ({ table: put.table, id: put.id, json: jsonOf(put.value) })),
      // Handed-over values are never parsed back, so their blocks are written in one call each.
      ...plan.blockPuts.map((block) => ({ table: BLOCK_TABLE, id: block.id, json: change.handOver ? JSON.stringify(block.value) : blockJson(block.value, jsonOf) })),
    ];
    const removes: { table: StoredTable; id: string }[] = [...plan.removes, ...plan.blockRemoves.map((id) => ({ table: BLOCK_TABLE, id }))];
    const rows = await encryptJsonRecords(key, writes);
    const tables = [...new Set([...writes, ...removes].map((r) => r.table))];
    if (tables.length > 0) {
      await this.db.transaction('rw', tables.map((t) => this.db[t]), async () => {
        // One bulk call per table: Dexie then waits on the last request instead of one promise per
        // row, which is most of the cost of writing a large import.
        for (const table of tables) {
          const tableRows = rows.filter((_row, i) => writes[i]!.table === table);
          const tableRemoves = removes.filter((r) => r.table === table).map((r) => r.id);
          if (tableRows.length > 0) await this.db[table].bulkPut(tableRows);
          if (tableRemoves.length > 0) await this.db[table].bulkDelete(tableRemoves);
        }
      });
    }
    this.#requireKey();
    plan.apply();
    for (const put of puts) this.#records.get(put.table)?.set(put.id, change.handOver ? deepFreeze(put.value) : (JSON.parse(jsonOf(put.value)) as unknown));
    for (const remove of change.remove ?? []) this.#records.get(remove.table)?.delete(remove.id);
    this.#revision += 1;
    this.#notify();
  }

  /** Drops the key and every decrypted value. */
  lock(): void {
    this.#key = null;
    this.#records.clear();
    this.#blocks.clear();
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
