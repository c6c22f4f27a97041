import { readFileSync } from 'node:fs';
import type { CareKind } from '../../../../shared/model/care-item';
import { DEFAULT_LIMITS, type DocumentPart, type ImportedItem, type ImportFormat } from '../../../../shared/import/bundle';
import { readFhir } from '../../../../shared/import/fhir/read-fhir';
import { readCorpusFile } from './corpus-files';

export const FIXTURES = 'test/fixtures/import/json';

/** Reads bytes with readFhir and fails the test with the error when they are refused. */
export function readOk(bytes: Uint8Array, fileName = 'test.json'): { part: DocumentPart; format: ImportFormat | undefined } {
  const outcome = readFhir(bytes, { fileName, documentPath: '', limits: DEFAULT_LIMITS });
  if (!outcome.ok) throw new Error(`${fileName} refused: ${outcome.error.code} ${outcome.error.message}`);
  return { part: outcome.part, format: outcome.format };
}

export const readCorpus = (path: string) => readOk(readCorpusFile(path), path.split('/').at(-1));
export const readFixture = (name: string) => readOk(new Uint8Array(readFileSync(`${FIXTURES}/${name}`)), name);
export const readJson = (value: unknown) => readOk(new TextEncoder().encode(JSON.stringify(value)));

export function itemsOf<K extends CareKind>(part: DocumentPart, kind: K): ImportedItem<K>[] {
  return part.items.filter((item): item is ImportedItem<K> => item.kind === kind);
}

export function itemWithSource<K extends CareKind>(part: DocumentPart, kind: K, sourceId: string): ImportedItem<K> {
  const found = itemsOf(part, kind).find((item) => item.sourceIds.includes(sourceId));
  if (!found) throw new Error(`no ${kind} from ${sourceId}`);
  return found;
}
