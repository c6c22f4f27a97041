import type { CareKind } from '../../model/care-item';
import { CARE_SCHEMAS, type InputOf } from '../../model/care-record';
import type { ImportedItem, ImportWarning, Provenance } from '../bundle';
import type { Narrative } from './cda-values';

/** What every entry mapper needs from the document it reads. */
export interface EntryContext {
  narrative: Narrative;
  provenance: Provenance;
  warnings: ImportWarning[];
  /** Today (YYYY-MM-DD): decides whether an encounter is past (done) or planned. */
  today: string;
}

export function warn(context: EntryContext, code: string, message: string): void {
  context.warnings.push({ code, message, documentPath: context.provenance.documentPath });
}

/**
 * Wraps mapped fields as an imported item, checked against the area's own input schema: an
 * entry the binder could not save is reported as a warning, never handed on half-valid.
 */
export function makeItem<K extends CareKind>(
  kind: K,
  input: InputOf<K>,
  context: EntryContext,
  sourceIds: string[],
  recordedAt: string,
): ImportedItem<K> | null {
  const checked = CARE_SCHEMAS[kind].input.safeParse(input);
  if (!checked.success) {
    const fields = [...new Set(checked.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    warn(context, 'entry-not-kept', `A ${kind} entry could not be kept: ${fields || 'invalid'} not usable.`);
    return null;
  }
  return { kind, input, provenance: context.provenance, sourceIds, recordedAt };
}
