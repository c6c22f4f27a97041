import type { CareKind } from '../model/care-item';
import { CARE_KINDS } from '../model/care-item';
import { CARE_SCHEMAS, type ItemOf } from '../model/care-record';
import type { VaultSession } from '../vault/session';

type AnyItem = ItemOf<CareKind>;
export type ItemIndex = { readonly [K in CareKind]: readonly ItemOf<K>[] } & {
  readonly byId: ReadonlyMap<string, AnyItem>;
  /** Items stored under a kind this version does not know, or that fail their schema: kept, never shown or dropped. */
  readonly unreadable: number;
};

const cache = new WeakMap<VaultSession, { revision: number; index: ItemIndex }>();
/** Raw stored values are immutable between commits, so each is validated once. */
const parsed = new WeakMap<object, AnyItem | null>();

function parse(value: unknown): AnyItem | null {
  if (typeof value !== 'object' || value === null) return null;
  const known = parsed.get(value);
  if (known !== undefined) return known;
  const kind = (value as { kind?: unknown }).kind;
  const schemas = (CARE_SCHEMAS as Record<string, (typeof CARE_SCHEMAS)[CareKind] | undefined>)[String(kind)];
  const result = schemas?.stored.safeParse(value);
  const item = result?.success ? (result.data as AnyItem) : null;
  parsed.set(value, item);
  return item;
}

/**
 * Every care-record item of the vault, validated and grouped by kind, rebuilt only when
 * the session changes. Queries (lists, overview, search) read from here.
 */
export function itemIndex(session: VaultSession): ItemIndex {
  const hit = cache.get(session);
  if (hit && hit.revision === session.revision) return hit.index;
  const groups = Object.fromEntries(CARE_KINDS.map((kind) => [kind, [] as AnyItem[]])) as Record<CareKind, AnyItem[]>;
  const byId = new Map<string, AnyItem>();
  let unreadable = 0;
  for (const value of session.all('items').values()) {
    const item = parse(value);
    if (!item) {
      unreadable += 1;
      continue;
    }
    groups[item.kind].push(item);
    byId.set(item.id, item);
  }
  const index = { ...groups, byId, unreadable } as ItemIndex;
  cache.set(session, { revision: session.revision, index });
  return index;
}
