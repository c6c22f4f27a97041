import { z } from 'zod';
import { RECORD_TABLES, type RecordTable } from '../vault/database';
import type { VaultSession } from '../vault/session';
import { BackupError } from './errors';

/**
 * What a backup holds once opened: the vault's records exactly as they were decrypted,
 * table by table, with their ids. Values are kept as stored (not re-validated against
 * today's model), so a record of a kind this version cannot show still round-trips.
 */
const recordSchema = z.object({ id: z.string().min(1), value: z.unknown() });
export type BackupRecord = z.infer<typeof recordSchema>;

export const backupContentsSchema = z.object({
  /** Version of this JSON layout, inside the encryption. */
  contents: z.literal(1),
  /** A whole-vault backup, or the chosen people handed over to another caregiver. */
  kind: z.enum(['full', 'hand-over']),
  createdAt: z.string(),
  people: z.array(recordSchema),
  items: z.array(recordSchema),
  settings: z.array(recordSchema),
});
export type BackupContents = z.infer<typeof backupContentsSchema>;

export type BackupScope = { kind: 'full' } | { kind: 'hand-over'; personIds: readonly string[] };

/** How many records of each table: what the screens report after a restore. */
export type TableCounts = Record<RecordTable, number>;

export function emptyCounts(): TableCounts {
  return { people: 0, items: 0, settings: 0 };
}

export function countsOf(contents: BackupContents): TableCounts {
  return { people: contents.people.length, items: contents.items.length, settings: contents.settings.length };
}

/**
 * Gathers the records to back up. A hand-over takes the chosen people and every item
 * recorded for them (found by the item's personId, whatever its kind), and leaves this
 * computer's settings behind: the receiver keeps their own.
 */
export function collectContents(session: VaultSession, scope: BackupScope, now = new Date()): BackupContents {
  const take = (table: RecordTable, keep: (value: unknown, id: string) => boolean): BackupRecord[] =>
    [...session.all(table)].filter(([id, value]) => keep(value, id)).map(([id, value]) => ({ id, value: structuredClone(value) }));
  if (scope.kind === 'full') {
    return { contents: 1, kind: 'full', createdAt: now.toISOString(), people: take('people', () => true), items: take('items', () => true), settings: take('settings', () => true) };
  }
  const chosen = new Set(scope.personIds.filter((id) => session.get('people', id) !== undefined));
  if (chosen.size === 0) throw new BackupError('nothing-chosen', 'no known person chosen');
  return {
    contents: 1,
    kind: 'hand-over',
    createdAt: now.toISOString(),
    people: take('people', (_value, id) => chosen.has(id)),
    items: take('items', (value) => chosen.has(personIdOf(value) ?? '')),
    settings: [],
  };
}

function personIdOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('personId' in value)) return undefined;
  return typeof value.personId === 'string' ? value.personId : undefined;
}

/** Reads opened JSON into contents; anything unexpected means the file is damaged. */
export function parseContents(json: unknown): BackupContents {
  const parsed = backupContentsSchema.safeParse(json);
  if (!parsed.success) throw new BackupError('damaged', 'contents do not match the expected layout');
  return parsed.data;
}

export { RECORD_TABLES };
