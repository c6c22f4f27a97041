import { CARE_SCHEMAS } from '../../model/care-record';
import { plainMeasurementFields } from '../../model/measurement';
import type { ImportedItem } from '../bundle';
import type { ArrivingEntry, ItemFields } from './types';
import { canonicalJson, fingerprintOf } from './normalize';

/** The item's fields as its area's input schema gives them, or null when the schema refuses them. */
function fieldsOf(item: ImportedItem): ItemFields | null {
  // Readings are most of a large import and usually arrive already plain and valid.
  const plain = item.kind === 'measurement' ? plainMeasurementFields(item.input) : null;
  if (plain !== null) return plain;
  const parsed = CARE_SCHEMAS[item.kind].input.safeParse(item.input);
  return parsed.success ? (parsed.data as ItemFields) : null;
}

/**
 * Checks an imported item against its area's input schema and fingerprints its content. The
 * history is left out of the fingerprint: it is what the binder adds, not what the file said.
 */
export function toArrivingEntry(item: ImportedItem): ArrivingEntry | null {
  const fields = fieldsOf(item);
  if (fields === null) return null;
  return {
    kind: item.kind,
    fields,
    provenance: item.provenance,
    sourceIds: item.sourceIds,
    recordedAt: item.recordedAt,
    fingerprint: fingerprintOf(canonicalJson(fields, 'history'), `${item.kind}|`),
  };
}
