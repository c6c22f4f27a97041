import { CARE_KINDS, type CareKind } from '../../model/care-item';
import type { MedicationChange } from '../../model/medication';
import type { ImportedItem, Provenance } from '../bundle';
import type { DecisionMemory } from '../decisions/decision-memory';
import { toArrivingEntry } from './arriving';
import { collapseEntries, importHistory, type EntryGroup } from './collapse';
import { applyChanges, fieldChanges } from './compare';
import { ExistingIndex, type ExistingItem, type Match } from './existing-index';
import { looksStoppedProposals } from './looks-stopped';
import type { ArrivingEntry, ItemFields, Proposal, ReconcileResult } from './types';

export interface ReconcileInput {
  /** What the file holds (every document's items, not merged). */
  items: readonly ImportedItem[];
  /** The chosen person's items in the vault (none for a new person). */
  existing: readonly ExistingItem[];
  memory: DecisionMemory;
  /** YYYY-MM-DD: end dates before it have passed. */
  today: string;
}

/**
 * What arrived against what the binder holds, as proposals for review. Pure: same input, same
 * answer; nothing is written. Codes first, normalized names second, never fuzzy guesses.
 */
export function reconcile(input: ReconcileInput): ReconcileResult {
  const index = new ExistingIndex(input.existing);
  const byKind = new Map<CareKind, ArrivingEntry[]>();
  let alreadyDecided = 0;
  let invalid = 0;
  for (const item of input.items) {
    const entry = toArrivingEntry(item);
    if (entry === null) invalid += 1;
    else if (input.memory.byFingerprint.has(entry.fingerprint)) alreadyDecided += 1;
    else {
      const list = byKind.get(entry.kind);
      if (list) list.push(entry);
      else byKind.set(entry.kind, [entry]);
    }
  }
  const proposals: Proposal[] = [];
  const unchanged: Proposal[] = [];
  const matchedIds = new Set<string>();
  for (const kind of CARE_KINDS) {
    for (const group of collapseEntries(byKind.get(kind) ?? [])) {
      const proposal = proposalFor(kind, group, index, input.memory);
      if (proposal.existingId !== null) matchedIds.add(proposal.existingId);
      (proposal.status === 'unchanged' ? unchanged : proposals).push(proposal);
    }
  }
  proposals.push(...looksStoppedProposals({ existing: input.existing, items: input.items, matchedIds, memory: input.memory, today: input.today }));
  return { proposals, unchanged, alreadyDecided, invalid };
}

function matchOf(kind: CareKind, group: EntryGroup, index: ExistingIndex, memory: DecisionMemory): Match | null {
  if (memory.itemBySourceId.size > 0)
    for (const entry of group.entries)
      for (const sourceId of entry.sourceIds) {
        const id = memory.itemBySourceId.get(sourceId);
        const item = id === undefined ? undefined : index.byId(id);
        if (item?.kind === kind) return { item, reason: 'sameSource' };
      }
  const match = index.find(kind, group.fields);
  if (match !== null || group.entries.length === 1) return match;
  for (const entry of group.entries) {
    const found = index.find(kind, entry.fields);
    if (found !== null) return found;
  }
  return null;
}

// Proposals are written out whole, property by property in one order: one object shape for every
// proposal, which a large import builds hundreds of times.
function proposalFor(kind: CareKind, group: EntryGroup, index: ExistingIndex, memory: DecisionMemory): Proposal {
  const key = `${kind}|${group.newest.fingerprint}`;
  const { entries } = group;
  const { provenance } = group.newest;
  const match = matchOf(kind, group, index, memory);
  if (match === null)
    return { key, kind, status: 'new', fields: group.fields, existingId: null, existingIsManual: false, reason: null, changes: [], provenance, entries, selectedByDefault: true };
  const existing = match.item;
  const isManual = sourceTypeOf(existing) !== 'import';
  const changes = fieldChanges(kind, existing, group.fields).filter((change) => !(kind === 'medication' && change.field === 'startDate' && change.from !== ''));
  const fields = applyChanges(existing, group.fields, changes);
  if (kind === 'medication') fields.history = withImportHistory(existing, group.entries);
  const sameSource = match.reason === 'sameSource' || (!isManual && sameOrganization(existing, provenance));
  // Items typed in by hand are never changed unless the user ticks the proposal.
  const status = changes.length === 0 ? 'unchanged' : sameSource ? 'changed' : 'likelySame';
  const selectedByDefault = status !== 'unchanged' && !isManual;
  return { key, kind, status, fields, existingId: existing.id, existingIsManual: isManual, reason: match.reason, changes, provenance, entries, selectedByDefault };
}

function sourceTypeOf(item: ExistingItem): string {
  const source = item.source as { type?: unknown } | undefined;
  return typeof source?.type === 'string' ? source.type : 'manual';
}

function sameOrganization(item: ExistingItem, provenance: Provenance): boolean {
  const source = item.source as { organization?: unknown } | undefined;
  return typeof source?.organization === 'string' && source.organization !== '' && source.organization === provenance.organization;
}

/** The existing history with a line for each arriving order it did not have yet. */
function withImportHistory(existing: ItemFields, entries: readonly ArrivingEntry[]): MedicationChange[] {
  const history = (existing.history as MedicationChange[] | undefined) ?? [];
  const known = new Set(history.map((line) => `${line.date}|${line.to}|${line.by}`));
  return [...history, ...importHistory(entries).filter((line) => !known.has(`${line.date}|${line.to}|${line.by}`))];
}
