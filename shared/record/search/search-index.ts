import type { CareKind } from '../../model/care-item';
import type { Person } from '../../model/person';
import { itemIndex } from '../item-index';
import type { VaultSession } from '../../vault/session';
import { CARE_KINDS } from '../../model/care-item';

/** One searchable thing: an item of the record, with its words folded for matching. */
export interface SearchEntry {
  kind: CareKind;
  id: string;
  personId: string;
  /** The fields' text, lower-cased, accents removed: "Metformina" matches "metformina", "Gómez" matches "gomez". */
  haystack: string;
}

/** Meta fields hold ids, timestamps and codes of where things came from, never words to find. */
const SKIPPED_KEYS = new Set(['id', 'personId', 'kind', 'createdAt', 'updatedAt', 'source']);

export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function collectText(value: unknown, out: string[], depth = 0): void {
  if (depth > 4) return;
  if (typeof value === 'string') {
    if (value) out.push(value);
  } else if (Array.isArray(value)) {
    for (const entry of value) collectText(entry, out, depth + 1);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) if (!SKIPPED_KEYS.has(key)) collectText(entry, out, depth + 1);
  }
}

const cache = new WeakMap<VaultSession, { revision: number; entries: SearchEntry[] }>();

/** Every item's searchable text, built once per change of the vault. */
export function searchEntries(session: VaultSession): SearchEntry[] {
  const hit = cache.get(session);
  if (hit && hit.revision === session.revision) return hit.entries;
  const index = itemIndex(session);
  const entries: SearchEntry[] = [];
  for (const kind of CARE_KINDS) {
    for (const item of index[kind]) {
      const words: string[] = [];
      collectText(item, words);
      entries.push({ kind, id: item.id, personId: item.personId, haystack: foldForSearch(words.join(' \u0000 ')) });
    }
  }
  cache.set(session, { revision: session.revision, entries });
  return entries;
}

/**
 * Items whose text holds every word of the query (in any order), for the people in
 * scope. Measurements are numbers, not words, so they are left out.
 */
export function searchRecord(entries: readonly SearchEntry[], query: string, people: readonly Pick<Person, 'id'>[], limit = 200): SearchEntry[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scope = new Set(people.map((p) => p.id));
  const results: SearchEntry[] = [];
  for (const entry of entries) {
    if (entry.kind === 'measurement' || !scope.has(entry.personId)) continue;
    if (words.every((word) => entry.haystack.includes(word))) {
      results.push(entry);
      if (results.length >= limit) break;
    }
  }
  return results;
}
