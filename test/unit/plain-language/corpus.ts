import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shared corpus of real prescription instructions, next to the repository (CI always has it). */
const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const CORPUS_DIR = join(repoRoot, '..', 'shared', 'corpus', 'sigs');
export const corpusPresent = existsSync(CORPUS_DIR);

const SIG_COLUMNS = ['sig', 'sig_text', 'instructions', 'dosage_text', 'patientInstruction'];

export interface CorpusRow {
  sig: string;
  fields: Record<string, string>;
}

/** Every sig of one TSV file (each sig column of the file; empty cells left out). */
export function readCorpusFile(file: string): CorpusRow[] {
  const [header, ...lines] = readFileSync(join(CORPUS_DIR, file), 'utf8').split(/\r?\n/);
  const columns = (header ?? '').split('\t');
  return lines
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      const cells = line.split('\t');
      const fields = Object.fromEntries(columns.map((column, index) => [column, unquote(cells[index] ?? '')]));
      return SIG_COLUMNS.filter((column) => columns.includes(column) && fields[column]!.trim() !== '').map((column) => ({ sig: fields[column]!, fields }));
    });
}

const unquote = (cell: string): string => (cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);

export const corpusFiles = (): string[] => (corpusPresent ? readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.tsv')).sort() : []);

/** Digit runs of a text: "q4-6h" → 4, 6; "0.5" → 0, 5. */
export const numbersOf = (text: string): string[] => text.match(/\d+/g) ?? [];
