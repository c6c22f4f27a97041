import { importError, type ReadContext, type ReadOutcome } from '../bundle';

/** Reads one C-CDA document (R1.1, R2.0, R2.1; any document type). */
export function readCcda(_bytes: Uint8Array, _context: ReadContext): ReadOutcome {
  return importError('unsupported-format', 'C-CDA reading is not available yet');
}
