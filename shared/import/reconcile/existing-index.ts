import type { CareKind } from '../../model/care-item';
import type { ItemFields, MatchReason } from './types';
import { identityKeys, strengthsConflict } from './identity';

/** An item the binder holds for the person (a stored item: fields plus id, kind, source …). */
export type ExistingItem = ItemFields & { id: string; kind: string };

export interface Match {
  item: ExistingItem;
  reason: MatchReason;
}

/** The person's items by identity key, to find what an arriving group is. */
export class ExistingIndex {
  readonly #byKey = new Map<string, ExistingItem[]>();
  readonly #byId = new Map<string, ExistingItem>();

  constructor(items: readonly ExistingItem[]) {
    for (const item of items) {
      this.#byId.set(item.id, item);
      for (const { key } of identityKeys(item.kind as CareKind, item)) {
        const list = this.#byKey.get(key);
        if (list) list.push(item);
        else this.#byKey.set(key, [item]);
      }
    }
  }

  byId(id: string): ExistingItem | undefined {
    return this.#byId.get(id);
  }

  /** The first item sharing a key, strongest key first; a medicine of another strength never matches. */
  find(kind: CareKind, fields: ItemFields): Match | null {
    // A first import into an empty record finds nothing: the keys need not be worked out.
    if (this.#byKey.size === 0) return null;
    for (const { key, reason } of identityKeys(kind, fields)) {
      const item = this.#byKey.get(key)?.find((candidate) => !strengthsConflict(kind, candidate, fields));
      if (item) return { item, reason };
    }
    return null;
  }
}
