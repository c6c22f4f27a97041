import type { RecordTable } from './database';
import type { RecordPut, RecordRef } from './record-refs';

/**
 * Blocks: many small records sharing ONE encrypted row (ARCHITECTURE.md: "design blocks, e.g.
 * measurements per person per month, do not add plaintext indexes"). A person's record is
 * hundreds of small items; one row each would cost one AES-GCM call and one IndexedDB row per
 * item on every import and unlock, while rewriting a block of a few dozen items when one changes
 * costs next to nothing. A block's key (person, area, year) lives only inside the encrypted
 * value; the row id is random. Everything above the session still sees single records.
 */
export const BLOCK_TABLE = 'blocks' as const;

/** The decrypted value of one block row. */
export interface BlockValue {
  table: RecordTable;
  key: string;
  records: { id: string; value: unknown }[];
}

/**
 * The block an item belongs in: one per person and area, and for measurements (the one area
 * that grows by hundreds a year) one per person and year. Rewriting a whole block when one item
 * changes costs about a millisecond even for a year of readings three times a day, while every
 * extra row costs an encryption call on each import and each unlock. People and settings, and
 * anything without a person and a kind, are stored in rows of their own.
 */
export function blockKeyOf(table: RecordTable, value: unknown): string | null {
  if (table !== 'items' || typeof value !== 'object' || value === null) return null;
  const { kind, personId } = value as { kind?: unknown; personId?: unknown };
  if (typeof kind !== 'string' || typeof personId !== 'string' || kind === '' || personId === '') return null;
  if (kind !== 'measurement') return `${personId}|${kind}`;
  const { takenAt } = value as { takenAt?: unknown };
  return `${personId}|${kind}|${typeof takenAt === 'string' ? takenAt.slice(0, 4) : ''}`;
}

/** True when a decrypted block row has the shape written by `BlockPlan` (anything else is damaged). */
export function isBlockValue(value: unknown): value is BlockValue {
  if (typeof value !== 'object' || value === null) return false;
  const block = value as Partial<BlockValue>;
  return (
    typeof block.table === 'string' &&
    typeof block.key === 'string' &&
    Array.isArray(block.records) &&
    block.records.every((record) => typeof record === 'object' && record !== null && typeof record.id === 'string')
  );
}

/**
 * A block's JSON, built from its records' JSON texts (each written once per commit: the same text
 * is encrypted and parsed back into memory). Parses to a BlockValue.
 */
export function blockJson(block: BlockValue, jsonOf: (value: unknown) => string): string {
  let records = '';
  for (const record of block.records) records += `${records === '' ? '' : ','}{"id":${JSON.stringify(record.id)},"value":${jsonOf(record.value)}}`;
  return `{"table":${JSON.stringify(block.table)},"key":${JSON.stringify(block.key)},"records":[${records}]}`;
}

interface Membership {
  table: RecordTable;
  key: string;
  ids: Set<string>;
}

/** What one change writes once blocks are taken into account. */
export interface BlockPlan {
  /** Records stored in rows of their own. */
  puts: RecordPut[];
  removes: RecordRef[];
  /** Block rows rewritten whole (encrypted like any record, in the blocks table). */
  blockPuts: { id: string; value: BlockValue }[];
  /** Block rows left empty. */
  blockRemoves: string[];
  /** Makes the plan the index's new state: call only once the rows are written. */
  apply(): void;
}

/** Values by table and record id (ids are looked up as they are: no key is built per lookup). */
class RefMap<V> {
  readonly #tables = new Map<RecordTable, Map<string, V>>();

  #table(table: RecordTable): Map<string, V> {
    let found = this.#tables.get(table);
    if (found === undefined) this.#tables.set(table, (found = new Map()));
    return found;
  }

  has(table: RecordTable, id: string): boolean {
    return this.#tables.get(table)?.has(id) ?? false;
  }

  get(table: RecordTable, id: string): V | undefined {
    return this.#tables.get(table)?.get(id);
  }

  set(table: RecordTable, id: string, value: V): void {
    this.#table(table).set(id, value);
  }

  delete(table: RecordTable, id: string): void {
    this.#tables.get(table)?.delete(id);
  }

  clear(): void {
    this.#tables.clear();
  }
}

/**
 * Which records live in which block, kept beside the decrypted records while the vault is
 * unlocked (and dropped with them on lock).
 */
export class BlockIndex {
  #blockOf = new RefMap<string>();
  #blocks = new Map<string, Membership>();
  #byKey = new Map<string, string>();

  /** Registers a block read on unlock. */
  load(blockId: string, block: BlockValue): void {
    const ids = new Set(block.records.map((record) => record.id));
    this.#blocks.set(blockId, { table: block.table, key: block.key, ids });
    this.#byKey.set(block.key, blockId);
    for (const id of ids) this.#blockOf.set(block.table, id, blockId);
  }

  clear(): void {
    this.#blockOf.clear();
    this.#blocks.clear();
    this.#byKey.clear();
  }

  /**
   * Splits a change into single rows and whole blocks to rewrite. `current` answers a record's
   * value before the change (undefined when it does not exist). A record whose block key changes
   * (a reading moved to another year) leaves its old block; a record stored on its own before
   * blocks existed moves into its block and its old row is removed.
   */
  plan(puts: readonly RecordPut[], removes: readonly RecordRef[], current: (table: RecordTable, id: string) => unknown): BlockPlan {
    const touched = new Map<string, Membership>();
    const newKeys = new Map<string, string>();
    const membership = new RefMap<string | null>();
    const values = new RefMap<unknown>();
    const single: { puts: RecordPut[]; removes: RecordRef[] } = { puts: [], removes: [] };
    const touch = (blockId: string, fallback?: Membership): Membership => {
      let found = touched.get(blockId);
      if (!found) {
        const before = this.#blocks.get(blockId) ?? fallback!;
        found = { table: before.table, key: before.key, ids: new Set(before.ids) };
        touched.set(blockId, found);
      }
      return found;
    };
    const blockBefore = (table: RecordTable, id: string): string | null =>
      membership.has(table, id) ? membership.get(table, id)! : (this.#blockOf.get(table, id) ?? null);

    for (const put of puts) {
      const previous = blockBefore(put.table, put.id);
      const key = blockKeyOf(put.table, put.value);
      values.set(put.table, put.id, put.value);
      if (key === null) {
        if (previous !== null) touch(previous).ids.delete(put.id);
        membership.set(put.table, put.id, null);
        single.puts.push(put);
        continue;
      }
      let target = newKeys.get(key) ?? this.#byKey.get(key);
      if (target === undefined) {
        target = globalThis.crypto.randomUUID();
        newKeys.set(key, target);
        touch(target, { table: put.table, key, ids: new Set() });
      }
      if (previous !== null && previous !== target) touch(previous).ids.delete(put.id);
      else if (previous === null && current(put.table, put.id) !== undefined) single.removes.push({ table: put.table, id: put.id });
      touch(target).ids.add(put.id);
      membership.set(put.table, put.id, target);
    }
    for (const remove of removes) {
      const previous = blockBefore(remove.table, remove.id);
      values.delete(remove.table, remove.id);
      membership.set(remove.table, remove.id, null);
      if (previous === null) single.removes.push(remove);
      else touch(previous).ids.delete(remove.id);
    }

    const blockPuts: BlockPlan['blockPuts'] = [];
    const blockRemoves: string[] = [];
    for (const [blockId, block] of touched) {
      if (block.ids.size === 0) {
        if (this.#blocks.has(blockId)) blockRemoves.push(blockId);
        continue;
      }
      const records = [...block.ids].map((id) => ({ id, value: values.has(block.table, id) ? values.get(block.table, id) : current(block.table, id) }));
      blockPuts.push({ id: blockId, value: { table: block.table, key: block.key, records } });
    }
    return {
      ...single,
      blockPuts,
      blockRemoves,
      apply: () => {
        // Forget every touched block's old members first: a record moving from one block to
        // another must end up in the second whatever order the blocks come in.
        for (const blockId of touched.keys()) {
          const before = this.#blocks.get(blockId);
          if (before) for (const id of before.ids) if (this.#blockOf.get(before.table, id) === blockId) this.#blockOf.delete(before.table, id);
        }
        for (const [blockId, block] of touched) {
          if (block.ids.size === 0) {
            this.#blocks.delete(blockId);
            if (this.#byKey.get(block.key) === blockId) this.#byKey.delete(block.key);
            continue;
          }
          this.#blocks.set(blockId, block);
          this.#byKey.set(block.key, blockId);
          for (const id of block.ids) this.#blockOf.set(block.table, id, blockId);
        }
      },
    };
  }
}
