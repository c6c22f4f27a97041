import type { CareKind } from '../../../../shared/model/care-item';
import { CARE_SCHEMAS, type InputOf } from '../../../../shared/model/care-record';
import type { ImportedItem, Provenance } from '../../../../shared/import/bundle';
import type { ExistingItem } from '../../../../shared/import/reconcile/existing-index';

export const PROVENANCE: Provenance = {
  fileName: 'portal.json',
  documentPath: '',
  documentTitle: 'Health summary',
  organization: 'Lakeside Clinic',
  documentDate: '2024-05-01',
};

/** An imported item as a reader hands it on. */
export function arriving<K extends CareKind>(
  kind: K,
  input: InputOf<K>,
  extra: { sourceIds?: string[]; recordedAt?: string; provenance?: Partial<Provenance> } = {},
): ImportedItem {
  return {
    kind,
    input,
    provenance: { ...PROVENANCE, ...extra.provenance },
    sourceIds: extra.sourceIds ?? [],
    recordedAt: extra.recordedAt ?? '',
  } as ImportedItem;
}

let counter = 0;
/** A stored item of the person, typed in by hand unless a source is given. */
export function stored<K extends CareKind>(kind: K, input: InputOf<K>, source: Record<string, unknown> = { type: 'manual' }): ExistingItem {
  counter += 1;
  return CARE_SCHEMAS[kind].stored.parse({
    ...input,
    kind,
    id: `item-${counter}`,
    personId: 'person-1',
    source,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  }) as ExistingItem;
}

export const importSource = (organization: string, documentDate: string): Record<string, unknown> => ({
  type: 'import',
  fileName: 'older.xml',
  documentTitle: 'Summary',
  organization,
  documentDate,
  importedAt: '2024-01-02T00:00:00.000Z',
});

export const rx = (...rxnorm: string[]) => ({ rxnorm, snomed: [], icd10: [], other: [] });
