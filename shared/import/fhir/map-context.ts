import type { CareKind } from '../../model/care-item';
import { CARE_SCHEMAS, type InputOf } from '../../model/care-record';
import type { ImportCounts, ImportedItem, ImportWarning, Provenance } from '../bundle';
import { emptyCounts } from '../bundle';
import type { JsonObject } from './json-access';
import type { ResourceIndex } from './resource-index';
import { sourceIdOf } from './resource-index';

/** English messages for the warnings the FHIR reader gives; `{n}` is how many. */
const WARNING_MESSAGES: Readonly<Record<string, string>> = {
  'immunizations-not-kept': '{n} immunizations were read but not kept: the binder has no area for them yet',
  'results-not-numeric': '{n} results had no number and were not kept',
  'observations-not-kept': '{n} observations that are neither vital signs nor lab results were not kept',
  'item-invalid': '{n} entries could not be read into the binder fields and were left out',
  'item-unnamed': '{n} entries had no name or description and were left out',
  'entered-in-error': '{n} entries marked as entered in error or refuted were left out',
  'no-known-allergies': '{n} statements that no allergy is known (or that nobody asked) were not read as allergies',
  'visits-without-date': '{n} visits had no date and were left out',
  'several-people': 'The file holds records of {n} people; the first one is shown',
  'resources-not-read': '{n} resources of types the binder does not keep were skipped',
  'embedded-document-unread': '{n} embedded documents could not be read',
  'attachments-not-inline': '{n} documents are only linked, not included in the file',
};

/**
 * Measurements and visits are hundreds per file and built within their schema's bounds by
 * mapObservation and mapEncounter/mapAppointment (dates checked, numbers clamped, texts clipped,
 * zones from timeZoneOf); the corpus and mutation tests check every one against the schema.
 * Running the schema on each would cost more than all the rest of the reading; the review checks
 * every item again before commit.
 */
const BUILT_WITHIN_SCHEMA: ReadonlySet<CareKind> = new Set(['measurement', 'appointment']);

const passesSchema = (kind: CareKind, input: unknown): boolean => BUILT_WITHIN_SCHEMA.has(kind) || CARE_SCHEMAS[kind].input.safeParse(input).success;

/** Everything the mappers share while reading one FHIR document. */
export class MapContext {
  readonly items: ImportedItem[] = [];
  readonly counts: ImportCounts = emptyCounts();
  private readonly tallies = new Map<string, number>();

  constructor(
    readonly index: ResourceIndex,
    readonly provenance: Provenance,
  ) {}

  /** Adds an item when its fields pass the area's input schema; otherwise notes it was left out. */
  add<K extends CareKind>(kind: K, input: InputOf<K>, resource: JsonObject, recordedAt: string, extra: Partial<ImportedItem<K>> = {}): boolean {
    if (!passesSchema(kind, input)) {
      this.note('item-invalid');
      return false;
    }
    const sourceId = sourceIdOf(resource);
    this.items.push({ kind, input, provenance: this.provenance, sourceIds: sourceId ? [sourceId] : [], recordedAt, ...extra } as ImportedItem);
    return true;
  }

  /** Counts one occurrence of a warning. */
  note(code: string, count = 1): void {
    this.tallies.set(code, (this.tallies.get(code) ?? 0) + count);
  }

  warnings(documentPath: string): ImportWarning[] {
    return [...this.tallies].map(([code, count]) => ({
      code,
      message: (WARNING_MESSAGES[code] ?? code).replace('{n}', String(count)),
      ...(documentPath ? { documentPath } : {}),
    }));
  }
}
