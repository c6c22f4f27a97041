import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleChild, runChild } from './bundled-child';
import type { ImportFigures } from './import-child';
import type { BenchRow } from './measure';

const BUNDLES = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'fhir', 'synthea-r4-bundles');

/**
 * (b) Importing the largest Synthea bundle next to its floor, JSON.parse and one AES-GCM
 * encryption of the same bytes. Both are measured in a fresh process of their own
 * (import-child.ts, bundled to plain JavaScript as the app ships its code), so that the garbage
 * the benchmarks before it leave behind is not collected on the import's time.
 */
export async function benchImport(): Promise<BenchRow[]> {
  if (!existsSync(BUNDLES)) {
    console.warn(`[bench] import skipped: ${BUNDLES} is absent`);
    return [];
  }
  const largest = readdirSync(BUNDLES)
    .map((name) => join(BUNDLES, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const folder = mkdtempSync(join(tmpdir(), 'carebinder-import-bench-'));
  try {
    const figures = runChild<ImportFigures>(await bundleChild('import-child.ts', folder), [largest]);
    const ratio = figures.ms / figures.baselineMs;
    return [
      {
        name: `Import the largest Synthea bundle (${figures.megabytes.toFixed(1)} MB, ${figures.written} items written; the first, cold run took ${Math.round(figures.coldMs)} ms)`,
        ms: figures.ms,
        baseline: 'JSON.parse + AES-GCM encryption of the same bytes',
        baselineMs: figures.baselineMs,
        ratio,
        budget: '≤ 3× the floor (issue 6, bench b)',
        withinBudget: ratio <= 3,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
