import type { CareKind } from '../model/care-item';
import { CARE_KINDS } from '../model/care-item';
import { blankInput, type ItemOf } from '../model/care-record';
import type { VaultSession } from '../vault/session';

type AnyItem = ItemOf<CareKind>;
export type ItemIndex = { readonly [K in CareKind]: readonly ItemOf<K>[] } & {
  readonly byId: ReadonlyMap<string, AnyItem>;
  /** Items stored under a kind this version does not know, or that fail their schema: kept, never shown or dropped. */
  readonly unreadable: number;
};

const cache = new WeakMap<VaultSession, { revision: number; index: ItemIndex }>();
/** Raw stored values are immutable between commits, so each is read once. */
const parsed = new WeakMap<object, AnyItem | null>();
const KINDS = new Set<string>(CARE_KINDS);
const blanks = new Map<CareKind, Record<string, unknown>>();

/**
 * Reads a decrypted item. Every item was validated against its schema when it was
 * written (buildItem), and AES-GCM proves it has not changed since, so reading only checks
 * the frame (a known kind, an id, a person) and fills fields that a later version added with
 * their defaults. Full validation of ~20,000 items on every unlock would cost most of a second.
 */
function parse(value: unknown): AnyItem | null {
  if (typeof value !== 'object' || value === null) return null;
  const known = parsed.get(value);
  if (known !== undefined) return known;
  const { kind, id, personId } = value as { kind?: unknown; id?: unknown; personId?: unknown };
  let item: AnyItem | null = null;
  if (typeof kind === 'string' && KINDS.has(kind) && typeof id === 'string' && typeof personId === 'string') {
    const careKind = kind as CareKind;
    let blank = blanks.get(careKind);
    if (!blank) blanks.set(careKind, (blank = blankInput(careKind)));
    item = { source: { type: 'manual' }, ...blank, ...value } as AnyItem;
  }
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
