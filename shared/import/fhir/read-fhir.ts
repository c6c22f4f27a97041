import { importError, type ReadContext, type ReadOutcome } from '../bundle';

/** Reads FHIR JSON: a Bundle, a single resource (R4 or DSTU2), or NDJSON (one resource per line). */
export function readFhir(_bytes: Uint8Array, _context: ReadContext): ReadOutcome {
  return importError('unsupported-format', 'FHIR reading is not available yet');
}
