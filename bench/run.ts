import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchKdf, benchUnlock } from './vault.bench';
import { benchOverview } from './record.bench';
import { benchCcda } from './ccda.bench';
import { benchImport } from './import.bench';
import { benchAppleHealth } from './apple-health.bench';
import type { BenchRow } from './measure';

/**
 * `npm run bench`: each figure beside a baseline measured in the same run, so the
 * ratio holds on a noisy machine. Prints one table and writes bench/results.json.
 */
const rows: BenchRow[] = [];
for (const bench of [benchKdf, benchUnlock]) rows.push(await bench());
rows.push(...(await benchOverview()));
rows.push(...(await benchCcda()));
rows.push(...(await benchImport()));
rows.push(await benchAppleHealth());

const fmt = (ms: number): string => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ms`;
console.table(
  rows.map((r) => ({
    benchmark: r.name,
    time: fmt(r.ms),
    baseline: `${fmt(r.baselineMs)} (${r.baseline})`,
    ratio: `${r.ratio.toFixed(2)}×`,
    budget: r.budget,
    ok: r.withinBudget ? 'yes' : 'NO',
  })),
);
const out = join(import.meta.dirname, 'results.json');
mkdirSync(import.meta.dirname, { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
console.log(`Wrote ${out}`);
