import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the shared sample corpus and this area's fixtures live, seen from the repo root. */
export const REPO_ROOT = join(import.meta.dirname, '../../..');
export const CORPUS = join(REPO_ROOT, '../shared/corpus');
export const HAS_CORPUS = existsSync(CORPUS);
export const CORPUS_MISSING = 'the shared corpus (../shared/corpus) is absent on this machine';
export const FIXTURES = join(REPO_ROOT, 'test/fixtures/import');

export const readBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
