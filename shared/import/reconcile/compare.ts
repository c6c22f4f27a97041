import type { CareKind } from '../../model/care-item';
import { mergeCodes, type Codes } from '../../model/fields';
import type { FieldChange, ItemFields } from './types';

/**
 * The fields whose difference is worth a decision, per area. Form and route are left out: a reader
 * that does not know them leaves the schema's defaults, which must never overwrite what someone typed.
 */
export const COMPARED_FIELDS: Record<CareKind, readonly string[]> = {
  medication: ['strength', 'doseAmount', 'doseUnit', 'instructions', 'asNeeded', 'status', 'startDate', 'endDate', 'pharmacy', 'lastFillDate', 'daysSupply', 'refillsLeft'],
  allergy: ['reaction', 'severity', 'kind', 'category'],
  condition: ['status', 'since'],
  appointment: ['status', 'durationMinutes', 'withName', 'location', 'reason'],
  measurement: ['value', 'value2', 'unit'],
  careTeamMember: ['role', 'specialty', 'organization', 'phone', 'fax', 'address'],
  goal: ['status', 'targetValue', 'targetUnit', 'targetDate'],
  task: ['done', 'dueDate'],
  question: ['status'],
  hospitalStay: ['dischargedOn', 'hospital', 'reason'],
};

/** Values that mean "the file did not say": they never replace what the binder holds. */
const isUnsaid = (field: string, value: unknown): boolean =>
  value === '' || value === null || value === undefined || (field === 'severity' && value === 'unknown');

export function displayValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null || value === undefined) return '';
  return String(value);
}

/** What the arriving fields would change in the existing ones, field by field. */
export function fieldChanges(kind: CareKind, existing: ItemFields, arriving: ItemFields): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of COMPARED_FIELDS[kind]) {
    const to = arriving[field];
    if (isUnsaid(field, to)) continue;
    const from = existing[field];
    if (displayValue(from) === displayValue(to)) continue;
    changes.push({ field, from: displayValue(from), to: displayValue(to) });
  }
  return changes;
}

/** The existing fields with the arriving changes applied and the codes of both. */
export function applyChanges(existing: ItemFields, arriving: ItemFields, changes: readonly FieldChange[]): ItemFields {
  const merged: ItemFields = { ...existing };
  for (const change of changes) merged[change.field] = arriving[change.field];
  if ('codes' in existing || 'codes' in arriving) merged.codes = mergeCodes([existing.codes as Codes | undefined, arriving.codes as Codes | undefined]);
  // The sentence and whether it was written from the fields travel together.
  if (changes.some((change) => change.field === 'instructions') && 'instructionsEdited' in arriving) merged.instructionsEdited = arriving.instructionsEdited;
  return merged;
}

/** True when the arriving codes add something the existing item lacks. */
export function addsCodes(existing: ItemFields, arriving: ItemFields): boolean {
  const a = existing.codes as Codes | undefined;
  const b = arriving.codes as Codes | undefined;
  if (!b) return false;
  const merged = mergeCodes([a, b]);
  const size = (codes: Codes | undefined): number =>
    (codes?.rxnorm.length ?? 0) + (codes?.snomed.length ?? 0) + (codes?.icd10.length ?? 0) + (codes?.other.length ?? 0);
  return size(merged) > size(a);
}
