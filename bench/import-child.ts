import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { deriveKeyBytes } from '../shared/vault/kdf';
import { MIN_ITERATIONS, MIN_MEMORY_KIB } from '../shared/vault/kdf-params';
import { Vault } from '../shared/vault/vault';
import { readImportFile } from '../shared/import/read-import-file';
import { reconcile } from '../shared/import/reconcile/reconcile';
import { readDecisionMemory } from '../shared/import/decisions/read-memory';
import { commitImport } from '../shared/import/commit-import';
import type { ExistingItem } from '../shared/import/reconcile/existing-index';
import { deletePerson, itemsOf } from '../shared/people/people-store';
import { median, timesMs } from './measure';

/**
 * Both the import and its floor are measured warm, after 50 and 20 unmeasured runs: the import runs
 * through a few hundred small functions, which the engine compiles on a background thread, and on
 * a two-core machine a run-by-run trace shows runs 10 to 40 still about a third slower than the
 * runs after them. Then 3 rounds of 7 imports and 7 floor runs, one after the other, so that a
 * machine that slows down or speeds up for a few seconds (a shared host does) weighs on both
 * figures alike; each figure is the median of its 21 runs. The very first, cold import is reported
 * beside it. After each import, the person it created is deleted (unmeasured), so that every run
 * imports into the same empty vault rather than one holding every earlier run's items.
 */
const ROUNDS = 3;
const RUNS_PER_ROUND = 7;
const IMPORT_WARM_UPS = 50;
const FLOOR_WARM_UPS = 20;

/** What the child measured (bench b), printed as JSON for the parent. */
export interface ImportFigures {
  ms: number;
  baselineMs: number;
  coldMs: number;
  written: number;
  megabytes: number;
}

/**
 * Runs in the child: imports the bundle into a vault of its own — read, map, reconcile, encrypt,
 * store through the vault session — then measures the floor: JSON.parse of the same bytes and one
 * AES-GCM encryption of them.
 */
export async function measureImport(bundlePath: string): Promise<ImportFigures> {
  const bytes = new Uint8Array(readFileSync(bundlePath));
  const vault = new Vault({
    name: `bench-import-${process.pid}`,
    deriveKeyBytes,
    kdf: { algorithm: 'argon2id', memoryKiB: MIN_MEMORY_KIB, iterations: MIN_ITERATIONS, parallelism: 1 },
  });
  const { session } = await vault.create('benchmark passphrase, long enough');
  let run = 0;
  let written = 0;
  let personId = '';
  const importOnce = async (): Promise<void> => {
    // A new person each run, as a first import makes one.
    personId = `bench-person-${(run += 1)}`;
    const result = await readImportFile(bytes, 'synthea.json');
    if (!result.ok) throw new Error(`the Synthea bundle was refused: ${result.error.code}`);
    const reconciled = reconcile({
      items: result.bundle.items,
      existing: itemsOf(session, personId) as ExistingItem[],
      memory: readDecisionMemory(session, personId),
      today: '2026-01-01',
    });
    const summary = await commitImport(session, {
      result: reconciled,
      accepted: new Set(reconciled.proposals.map((p) => p.key)),
      personId,
      newPerson: { fullName: 'Bench Example' },
      fileName: 'synthea.json',
      now: new Date(),
    });
    written = summary.added;
  };
  const deleteImported = (): Promise<void> => deletePerson(session, personId);
  const coldStart = performance.now();
  await importOnce();
  const coldMs = performance.now() - coldStart;
  await deleteImported();
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const floorOnce = async (): Promise<void> => {
    JSON.parse(new TextDecoder().decode(bytes));
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: crypto.getRandomValues(new Uint8Array(12)) }, key, bytes);
  };
  await timesMs(IMPORT_WARM_UPS - 1, importOnce, deleteImported);
  await timesMs(FLOOR_WARM_UPS, floorOnce);
  const importTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    importTimes.push(...(await timesMs(RUNS_PER_ROUND, importOnce, deleteImported)));
    floorTimes.push(...(await timesMs(RUNS_PER_ROUND, floorOnce)));
  }
  vault.close();
  return { ms: median(importTimes), baselineMs: median(floorTimes), coldMs, written, megabytes: bytes.byteLength / 1048576 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [flag, bundlePath] = process.argv.slice(2);
  if (flag === '--child' && bundlePath) console.log(JSON.stringify(await measureImport(bundlePath)));
}
