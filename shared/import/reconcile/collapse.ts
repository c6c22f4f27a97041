import type { MedicationChange } from '../../model/medication';
import type { ArrivingEntry, ItemFields } from './types';
import { comparableStrength, identityKeys, strengthsDiffer } from './identity';
import { mergeCodes, type Codes } from '../../model/fields';

/** Entries that are one thing: a medicine ordered at every visit, an allergy listed by two documents. */
export interface EntryGroup {
  entries: ArrivingEntry[];
  /** The newest entry's fields, with every code of the group (and, for a medicine, its history). */
  fields: ItemFields;
  newest: ArrivingEntry;
}

const whenOf = (entry: ArrivingEntry): string => entry.recordedAt || entry.provenance.documentDate;
const dayOf = (entry: ArrivingEntry): string => whenOf(entry).slice(0, 10);

/** Oldest first; entries without a date keep their file order before dated ones. */
function byWhen(a: ArrivingEntry, b: ArrivingEntry): number {
  const left = whenOf(a);
  const right = whenOf(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Groups entries of one kind that share an identity key (a code, or a normalized name with its
 * strength). A medicine with another strength starts its own group, whatever the codes say.
 */
export function collapseEntries(entries: readonly ArrivingEntry[]): EntryGroup[] {
  const groups: ArrivingEntry[][] = [];
  // The one strength written in each group (members never conflict, so there is at most one), or ''.
  const strengths: string[] = [];
  const groupOfKey = new Map<string, number>();
  for (const entry of [...entries].sort(byWhen)) {
    const keys = identityKeys(entry.kind, entry.fields).map((k) => k.key);
    const strength = comparableStrength(entry.kind, entry.fields);
    const found = keys.map((key) => groupOfKey.get(key)).find((index) => index !== undefined && !strengthsDiffer(strengths[index]!, strength));
    const index = found ?? groups.push([]) - 1;
    groups[index]!.push(entry);
    if (strength !== '') strengths[index] = strength;
    else strengths[index] ??= '';
    for (const key of keys) if (!groupOfKey.has(key)) groupOfKey.set(key, index);
  }
  return groups.map(groupFields);
}

function groupFields(entries: ArrivingEntry[]): EntryGroup {
  const newest = entries[entries.length - 1]!;
  // A lone entry without history (every reading, most other items) is its own group's fields:
  // there are no other codes to merge in.
  if (entries.length === 1 && newest.kind !== 'medication') return { entries, fields: newest.fields, newest };
  const fields: ItemFields = { ...newest.fields };
  if ('codes' in fields) fields.codes = mergeCodes(entries.map((entry) => entry.fields.codes as Codes | undefined));
  if (newest.kind === 'medication') {
    const starts = entries.map((entry) => entry.fields.startDate).filter((date): date is string => typeof date === 'string' && date !== '');
    if (starts.length > 0) fields.startDate = starts.sort()[0];
    fields.history = [...((newest.fields.history as MedicationChange[] | undefined) ?? []), ...importHistory(entries)];
    // Listed as stopped without an end date: say when the file said so, not the day of the import.
    const listedOn = (newest.provenance.documentDate || newest.recordedAt).slice(0, 10);
    if (fields.status === 'stopped' && fields.endDate === '' && listedOn !== '')
      fields.history = [...(fields.history as MedicationChange[]), { date: listedOn, change: 'stopped', from: '', to: '', reason: '', by: newest.provenance.organization }];
  }
  return { entries, fields, newest };
}

/** One 'imported' history line per order or document (the same day and words said once). */
export function importHistory(entries: readonly ArrivingEntry[]): MedicationChange[] {
  const seen = new Set<string>();
  const history: MedicationChange[] = [];
  for (const entry of entries) {
    const date = dayOf(entry);
    if (date === '') continue;
    const to = [entry.fields.strength, entry.fields.instructions].filter((part) => typeof part === 'string' && part !== '').join(' — ');
    const by = entry.provenance.organization;
    const key = `${date}|${to}|${by}`;
    if (seen.has(key)) continue;
    seen.add(key);
    history.push({ date, change: 'imported', from: '', to, reason: '', by });
  }
  return history;
}
