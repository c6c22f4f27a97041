import { CARE_SCHEMAS } from '../../model/care-record';
import type { ImportedItem } from '../bundle';
import type { ArrivingEntry, ItemFields } from './types';
import { canonicalJson, fingerprintOf } from './normalize';

/**
 * Checks an imported item against its area's input schema and fingerprints its content. The
 * history is left out of the fingerprint: it is what the binder adds, not what the file said.
 */
export function toArrivingEntry(item: ImportedItem): ArrivingEntry | null {
  const parsed = CARE_SCHEMAS[item.kind].input.safeParse(item.input);
  if (!parsed.success) return null;
  const fields = parsed.data as ItemFields;
  return {
    kind: item.kind,
    fields,
    provenance: item.provenance,
    sourceIds: item.sourceIds,
    recordedAt: item.recordedAt,
    fingerprint: fingerprintOf(`${item.kind}|${canonicalJson(fields, 'history')}`),
  };
}
