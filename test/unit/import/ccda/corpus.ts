import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The shared corpus (never copied into the repo): ../shared/corpus from the repository root. */
export const CORPUS = resolve(import.meta.dirname, '../../../../../shared/corpus');
export const CCDA_DIR = join(CORPUS, 'ccda');
export const hasCorpus = existsSync(join(CORPUS, 'MANIFEST.md')) && existsSync(CCDA_DIR);

/** Every XML document under corpus/ccda (README and JSON files are not documents). */
export function ccdaFiles(): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!/\.(md|json)$/i.test(name)) files.push(full);
    }
  };
  walk(CCDA_DIR);
  return files;
}

/** The path MANIFEST.md uses for a file: "ccda/<folder>/<file>". */
export const corpusPath = (file: string): string => relative(CORPUS, file);

export interface ManifestCounts {
  medications: number;
  allergies: number;
  /** Fragments' rows give no problem count. */
  problems: number | null;
  fragment: boolean;
}

/** Per-file counts from MANIFEST.md's "### dev/<folder>" tables. */
export function manifestCounts(): Map<string, ManifestCounts> {
  const counts = new Map<string, ManifestCounts>();
  let folder = '';
  for (const line of readFileSync(join(CORPUS, 'MANIFEST.md'), 'utf8').split('\n')) {
    const heading = /^### dev\/(.+)$/.exec(line);
    if (heading) {
      folder = heading[1]!.trim();
      continue;
    }
    const row = /^\| ([^|]+?) \|.*\bmeds (\d+)\b.*\ballergies (\d+)\b(.*)$/.exec(line);
    if (!row) continue;
    const problems = /\bproblems (\d+)\b/.exec(row[4]!);
    counts.set(`${folder}/${row[1]}`, {
      medications: Number(row[2]),
      allergies: Number(row[3]),
      problems: problems ? Number(problems[1]) : null,
      fragment: /section-level fragment/.test(line),
    });
  }
  return counts;
}
