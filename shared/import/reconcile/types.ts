import type { CareKind } from '../../model/care-item';
import type { Provenance } from '../bundle';

/** An area's fields after its input schema has filled in every default. */
export type ItemFields = Record<string, unknown>;

/** Why an arriving entry is taken to be an item the binder already holds. Codes first, names second. */
export type MatchReason =
  | 'sameSource'
  | 'sameRxnorm'
  | 'sameNameStrength'
  | 'sameSnomed'
  | 'sameIcd10'
  | 'sameSubstance'
  | 'sameName'
  | 'sameTime'
  /** looksStopped: the newer document from the same source no longer lists it. */
  | 'notListed'
  /** looksStopped: its end date has passed. */
  | 'endDatePassed';

/**
 * - new: nothing like it in the binder.
 * - changed: the same entry as an earlier import from this source, with fields that differ.
 * - likelySame: matches an item (by code or name) that came from elsewhere or was typed in, and differs.
 * - unchanged: already in the binder as it is (shown as a count, nothing to decide).
 * - looksStopped: a medicine the binder has from an earlier import of the same source that the newer
 *   document no longer lists, or whose end date has passed.
 */
export type ProposalStatus = 'new' | 'changed' | 'likelySame' | 'unchanged' | 'looksStopped';

/** One field that would change, as text people can read ("10 mg" → "20 mg"). */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

/** What an arriving entry was reduced to: its validated fields and where it came from. */
export interface ArrivingEntry {
  kind: CareKind;
  fields: ItemFields;
  provenance: Provenance;
  sourceIds: string[];
  recordedAt: string;
  /** Content fingerprint of `fields` (without history): remembers decisions. */
  fingerprint: string;
}

export interface Proposal {
  /** Stable within one reconciliation: the key the review's choices use. */
  key: string;
  kind: CareKind;
  status: ProposalStatus;
  /** The fields to write if accepted: a new item, or the existing item updated. */
  fields: ItemFields;
  /** The binder's item this is about (changed, likelySame, unchanged, looksStopped). */
  existingId: string | null;
  /** True when the existing item was typed in by hand: never changed without an explicit yes. */
  existingIsManual: boolean;
  reason: MatchReason | null;
  changes: FieldChange[];
  /** The newest entry's provenance (for looksStopped: the document that no longer lists it). */
  provenance: Provenance;
  /** Every arriving entry collapsed into this proposal (repeated orders, overlapping documents). */
  entries: ArrivingEntry[];
  /** Whether the review starts with it ticked. */
  selectedByDefault: boolean;
}

export interface ReconcileResult {
  /** What needs a decision: new, changed, likelySame, looksStopped. */
  proposals: Proposal[];
  /** Already in the binder as it is. */
  unchanged: Proposal[];
  /** Entries skipped because the same content was accepted or rejected before. */
  alreadyDecided: number;
  /** Entries whose fields the area's schema refused (counted, not proposed). */
  invalid: number;
}
