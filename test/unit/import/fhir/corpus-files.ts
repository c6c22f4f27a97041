import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CountKey } from '../../../../shared/import/bundle';

/** The shared sample corpus, beside the repository (never copied into it). */
export const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
export const FHIR_CORPUS = join(CORPUS, 'fhir');
export const hasCorpus = existsSync(FHIR_CORPUS);
if (!hasCorpus) console.warn(`FHIR corpus tests skipped: ${FHIR_CORPUS} is absent`);

/** Every file under the FHIR corpus, as paths relative to corpus/fhir. */
export function fhirCorpusFiles(): string[] {
  if (!hasCorpus) return [];
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(FHIR_CORPUS, path));
    }
  };
  walk(FHIR_CORPUS);
  return files;
}

export const readCorpusFile = (path: string): Uint8Array => new Uint8Array(readFileSync(join(FHIR_CORPUS, path)));

/** Resource counts MANIFEST.md lists for a FHIR file ("Patient 1, Encounter 41, …"), keyed by corpus/fhir path. */
export function manifestResourceCounts(): Map<string, Record<string, number>> {
  const counts = new Map<string, Record<string, number>>();
  if (!hasCorpus) return counts;
  let folder = '';
  for (const line of readFileSync(join(CORPUS, 'MANIFEST.md'), 'utf8').split('\n')) {
    const heading = /^### dev\/fhir\/(.+)$/.exec(line);
    if (heading) {
      folder = heading[1]!.trim();
      continue;
    }
    if (line.startsWith('### ')) folder = '';
    if (!folder || !line.startsWith('| ') || line.startsWith('| file') || line.startsWith('|---')) continue;
    const cells = line.split('|').map((cell) => cell.trim());
    const file = cells[1] ?? '';
    const contents = cells.at(-2) ?? '';
    const byType: Record<string, number> = {};
    for (const match of contents.matchAll(/\b([A-Z][A-Za-z]+) (\d+)\b/g)) byType[match[1]!] = Number(match[2]);
    counts.set(`${folder}/${file}`, byType);
  }
  return counts;
}

/** Which count of the import each resource type of the manifest adds to. */
export const COUNT_OF_TYPE: Readonly<Record<string, CountKey>> = {
  MedicationRequest: 'medications',
  MedicationStatement: 'medications',
  MedicationOrder: 'medications',
  AllergyIntolerance: 'allergies',
  Condition: 'problems',
  Encounter: 'encounters',
  Appointment: 'appointments',
  Goal: 'goals',
  Immunization: 'immunizations',
};
