import type { CareKind } from '../model/care-item';
import { CARE_SCHEMAS, type InputOf, type ItemOf } from '../model/care-record';
import { newId } from '../model/ids';
import type { RecordPut, VaultSession } from '../vault/session';
import { itemIndex } from './item-index';

/** A person's items of one kind (everyone's when personId is omitted). */
export function listItems<K extends CareKind>(session: VaultSession, kind: K, personId?: string): ItemOf<K>[] {
  const all = itemIndex(session)[kind] as readonly ItemOf<K>[];
  return personId === undefined ? [...all] : all.filter((item) => item.personId === personId);
}

export function getItem<K extends CareKind>(session: VaultSession, kind: K, id: string): ItemOf<K> | undefined {
  const item = itemIndex(session).byId.get(id);
  return item?.kind === kind ? (item as ItemOf<K>) : undefined;
}

/**
 * Validates an area's input and builds the stored item: a new one (no id) or an update
 * that keeps id, person, source and creation time. Nothing is written.
 */
export function buildItem<K extends CareKind>(
  session: VaultSession,
  kind: K,
  personId: string,
  input: InputOf<K>,
  id?: string,
  now: Date = new Date(),
): ItemOf<K> {
  const fields = CARE_SCHEMAS[kind].input.parse(input) as object;
  const existing = id ? getItem(session, kind, id) : undefined;
  const candidate = {
    ...fields,
    kind,
    id: existing?.id ?? newId(),
    personId: existing?.personId ?? personId,
    source: existing?.source ?? { type: 'manual' },
    createdAt: existing?.createdAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
  };
  return CARE_SCHEMAS[kind].stored.parse(candidate) as ItemOf<K>;
}

export function putOf(item: { id: string }): RecordPut {
  return { table: 'items', id: item.id, value: item };
}

/** Adds or updates one item. */
export async function saveItem<K extends CareKind>(
  session: VaultSession,
  kind: K,
  personId: string,
  input: InputOf<K>,
  id?: string,
  now?: Date,
): Promise<ItemOf<K>> {
  const item = buildItem(session, kind, personId, input, id, now);
  await session.commit({ put: [putOf(item)] });
  return item;
}

/** Writes several finished items in one transaction (an item and the tasks it creates, say). */
export async function saveItems(session: VaultSession, items: readonly { id: string }[], removeIds: readonly string[] = []): Promise<void> {
  await session.commit({ put: items.map(putOf), remove: removeIds.map((id) => ({ table: 'items' as const, id })) });
}

export async function removeItem(session: VaultSession, id: string): Promise<void> {
  await session.commit({ remove: [{ table: 'items', id }] });
}
