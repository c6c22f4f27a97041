import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARE_SCHEMAS } from '../../../../shared/model/care-record';
import { DEFAULT_LIMITS, type ImportedItem } from '../../../../shared/import/bundle';
import { PLANNED_REASON } from '../../../../shared/import/ccda/medications';
import { readCcda } from '../../../../shared/import/ccda/read-ccda';
import { ccdaFiles, corpusPath, hasCorpus, manifestCounts } from './corpus';
import { DIFFERENCES, FRAGMENT_TEMPLATE_REPEATS, REASONS, SINGLE_TEMPLATE_FRAGMENTS, type CountedArea } from './manifest-differences';

const isPlanned = (item: ImportedItem): boolean => item.kind === 'medication' && (item as ImportedItem<'medication'>).input.statusReason === PLANNED_REASON;
const KIND_OF_AREA = { medications: 'medication', allergies: 'allergy', problems: 'condition' } as const;

describe.skipIf(!hasCorpus)('every C-CDA in ../shared/corpus/ccda', () => {
  const files = hasCorpus ? ccdaFiles() : [];
  const manifest = hasCorpus ? manifestCounts() : new Map();
  const totals = new Map<string, { files: number; medications: number; allergies: number; problems: number }>();

  it('finds the documents MANIFEST.md lists', () => {
    expect(files.length).toBeGreaterThan(150);
    for (const file of files) expect(manifest.has(corpusPath(file)), corpusPath(file)).toBe(true);
  });

  it.each(files.map((file) => [corpusPath(file), file]))('%s: read, counted as MANIFEST.md says, every item valid', (path, file) => {
    const outcome = readCcda(new Uint8Array(readFileSync(file)), { fileName: path, documentPath: '', limits: DEFAULT_LIMITS });
    if (!outcome.ok) throw new Error(`${path}: ${outcome.error.code} ${outcome.error.message}`);
    const { part } = outcome;
    const expected = manifest.get(path)!;
    const repeats = expected.fragment && !SINGLE_TEMPLATE_FRAGMENTS.has(path) ? FRAGMENT_TEMPLATE_REPEATS : 1;
    const differences = DIFFERENCES[path] ?? {};
    const vendor = path.split('/').slice(1, path.includes('/onc-2015') || path.includes('/chb-') ? 3 : 2).join('/');
    const total = totals.get(vendor) ?? { files: 0, medications: 0, allergies: 0, problems: 0 };
    total.files++;
    for (const area of ['medications', 'allergies', 'problems'] as CountedArea[]) {
      const listed = expected[area];
      // Planned medicines (4.42) are kept as medicines not started yet; MANIFEST.md counts Medication Activities only.
      const items = part.items.filter((item) => item.kind === KIND_OF_AREA[area] && !isPlanned(item)).length;
      total[area] += items;
      // Entries are counted as MANIFEST.md counts them (template elements, fragments' repeated ids aside).
      if (listed !== null) expect(part.counts[area] * repeats, `${area} counted`).toBe(listed);
      const difference = differences[area];
      if (difference) {
        expect(items, `${area}: ${REASONS[difference.reason]}`).toBe(difference.items);
        expect(part.warnings.map((warning) => warning.code), `${area} reason reported`).toContain(difference.reason);
      } else {
        expect(items, `${area} items`).toBe(part.counts[area]);
      }
    }
    totals.set(vendor, total);
    for (const item of part.items as ImportedItem[]) {
      const checked = CARE_SCHEMAS[item.kind].input.safeParse(item.input);
      expect(checked.success, `${item.kind} ${JSON.stringify(item.input).slice(0, 200)}`).toBe(true);
      expect(item.provenance.fileName).toBe(path);
    }
  });

  it('every listed difference belongs to a corpus file', () => {
    const known = new Set(files.map(corpusPath));
    for (const path of Object.keys(DIFFERENCES)) expect(known.has(path), path).toBe(true);
    // The per-vendor totals, for the report (run with --reporter verbose to see them).
    if (process.env.CCDA_TOTALS) console.table(Object.fromEntries([...totals].sort()));
  });
});
