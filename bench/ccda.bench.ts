import { readFileSync } from 'node:fs';
import { convertCcdaToFhir, convertXmlToCcda } from '@medplum/ccda';
import { DEFAULT_LIMITS } from '../shared/import/bundle';
import { PLANNED_REASON } from '../shared/import/ccda/medications';
import { readCcda } from '../shared/import/ccda/read-ccda';
import { ccdaFiles, corpusPath, hasCorpus } from '../test/unit/import/ccda/corpus';
import type { BenchRow } from './measure';

/**
 * Bench (a): reading every C-CDA of the corpus (decode, parse, map to care items) next to
 * @medplum/ccda converting the same bytes to FHIR (decode, parse, convert). Budget: at least
 * 2× faster, at least its medicine/allergy/problem counts, and no failure where it succeeds.
 */
type Counts = { medications: number; allergies: number; problems: number };
const AREAS = ['medications', 'allergies', 'problems'] as const;

/**
 * Entries each reader found. Ours: every entry read (MANIFEST.md's counts, including the negated
 * "no known allergies" it reads and does not keep) plus planned medicines kept as not started.
 * @medplum/ccda's: its resources, each distinct code (or text) once — it writes one Condition per
 * mention (an encounter diagnosis repeats the problem) and one per negated entry; a resource with
 * neither code nor text (nothing a person could read) is not counted.
 */
function ours(bytes: Uint8Array, path: string): Counts | null {
  const outcome = readCcda(bytes, { fileName: path, documentPath: '', limits: DEFAULT_LIMITS });
  if (!outcome.ok) return null;
  const planned = outcome.part.items.filter((item) => item.kind === 'medication' && (item.input as { statusReason?: string }).statusReason === PLANNED_REASON).length;
  const { counts } = outcome.part;
  return { medications: counts.medications + planned, allergies: counts.allergies, problems: counts.problems };
}

type Concept = { coding?: Array<{ code?: string; display?: string }>; text?: string };
type Resource = { resourceType?: string; code?: Concept; medicationCodeableConcept?: Concept };

function medplum(bytes: Uint8Array): Counts | null {
  try {
    const bundle = convertCcdaToFhir(convertXmlToCcda(new TextDecoder().decode(bytes)));
    const resources = (bundle.entry ?? []).map((entry: { resource?: Resource }) => entry.resource ?? {});
    const distinct = (...types: string[]): number => {
      const keys = new Set<string>();
      for (const resource of resources) {
        if (!types.includes(resource.resourceType ?? '')) continue;
        const concept = resource.code ?? resource.medicationCodeableConcept;
        const key = concept?.coding?.[0]?.code ?? concept?.text ?? concept?.coding?.[0]?.display;
        if (key) keys.add(key);
      }
      return keys.size;
    };
    return { medications: distinct('MedicationRequest', 'MedicationStatement'), allergies: distinct('AllergyIntolerance'), problems: distinct('Condition') };
  } catch {
    return null;
  }
}

/** Runs both readers in turn `runs` times (alternating, so machine noise hits both) and returns medians. */
function timeBoth(inputs: Array<{ bytes: Uint8Array; path: string }>, runs: number): { oursMs: number; medplumMs: number } {
  const mine: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run <= runs; run++) {
    let start = performance.now();
    for (const input of inputs) ours(input.bytes, input.path);
    const oursMs = performance.now() - start;
    start = performance.now();
    for (const input of inputs) medplum(input.bytes);
    const medplumMs = performance.now() - start;
    if (run > 0) {
      mine.push(oursMs);
      theirs.push(medplumMs);
    }
  }
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { oursMs: median(mine), medplumMs: median(theirs) };
}

export async function benchCcda(): Promise<BenchRow[]> {
  if (!hasCorpus) {
    console.log('bench (a) skipped: ../shared/corpus is absent');
    return [];
  }
  const inputs = ccdaFiles().map((file) => ({ bytes: new Uint8Array(readFileSync(file)), path: corpusPath(file) }));
  // @medplum/ccda warns on the console for every value type it skips; silenced so printing is not timed.
  const { warn, log, error } = console;
  console.warn = console.log = console.error = () => undefined;
  let timing: { oursMs: number; medplumMs: number };
  const folders = new Map<string, { files: number; ours: Counts; medplum: Counts; medplumFailures: number; oursFailures: number }>();
  let fewer = 0;
  let failsWhereMedplumReads = 0;
  try {
    timing = timeBoth(inputs, 3);
    for (const input of inputs) {
      const folder = input.path.split('/').slice(1, 3).join('/');
      const total = folders.get(folder) ?? { files: 0, ours: { medications: 0, allergies: 0, problems: 0 }, medplum: { medications: 0, allergies: 0, problems: 0 }, medplumFailures: 0, oursFailures: 0 };
      total.files++;
      const mine = ours(input.bytes, input.path);
      const theirs = medplum(input.bytes);
      if (!mine) total.oursFailures++;
      if (!theirs) total.medplumFailures++;
      if (!mine && theirs) failsWhereMedplumReads++;
      if (process.env.BENCH_VERBOSE && mine && theirs && AREAS.some((area) => mine[area] < theirs[area])) log(input.path, mine, theirs);
      for (const area of AREAS) {
        total.ours[area] += mine?.[area] ?? 0;
        total.medplum[area] += theirs?.[area] ?? 0;
        if (mine && theirs && mine[area] < theirs[area]) fewer++;
      }
      folders.set(folder, total);
    }
  } finally {
    Object.assign(console, { warn, log, error });
  }
  console.table(
    Object.fromEntries(
      [...folders].sort().map(([folder, t]) => [
        folder,
        {
          files: t.files,
          'meds (ours/medplum)': `${t.ours.medications}/${t.medplum.medications}`,
          'allergies (ours/medplum)': `${t.ours.allergies}/${t.medplum.allergies}`,
          'problems (ours/medplum)': `${t.ours.problems}/${t.medplum.problems}`,
          'failures (ours/medplum)': `${t.oursFailures}/${t.medplumFailures}`,
        },
      ]),
    ),
  );
  const ratio = timing.medplumMs / timing.oursMs;
  const countsHold = fewer === 0 && failsWhereMedplumReads === 0;
  console.log(`bench (a): ${inputs.length} C-CDA files; file×area entry counts below @medplum/ccda's distinct resources: ${fewer}; failures where it reads: ${failsWhereMedplumReads}`);
  return [
    {
      name: `read + map every corpus C-CDA (${inputs.length} files)`,
      ms: timing.oursMs,
      baseline: '@medplum/ccda convertCcdaToFhir, same files',
      baselineMs: timing.medplumMs,
      ratio: timing.oursMs / timing.medplumMs,
      budget: '≤ 0.5× (≥ 2× faster), counts ≥ its counts, no failure where it reads',
      withinBudget: ratio >= 2 && countsHold,
    },
  ];
}
