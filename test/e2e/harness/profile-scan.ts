import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface ScanHit {
  /** Path relative to the scanned folder. */
  file: string;
  encodings: Array<'utf8' | 'utf16le'>;
}

export interface ScanResult {
  /** Every regular file looked at (relative paths). */
  filesScanned: string[];
  bytesScanned: number;
  /** Files that could not be read (e.g. locked or vanished), with the reason. */
  unreadable: Array<{ file: string; error: string }>;
  hits: ScanHit[];
}

/** Every regular file under `dir`, recursively. Symbolic links are not followed. */
export async function listFilesRecursive(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  await walk(dir);
  return files.sort();
}

/**
 * Searches every file under `dir` for `needle`, both as UTF-8 and as UTF-16LE bytes
 * (Chromium stores some strings as two-byte strings), and reports the files containing it.
 */
export async function scanForString(dir: string, needle: string): Promise<ScanResult> {
  if (needle.length < 6) throw new Error('scanForString: use a longer, unique needle');
  const patterns = [
    { encoding: 'utf8' as const, bytes: Buffer.from(needle, 'utf8') },
    { encoding: 'utf16le' as const, bytes: Buffer.from(needle, 'utf16le') },
  ];
  const result: ScanResult = { filesScanned: [], bytesScanned: 0, unreadable: [], hits: [] };
  for (const path of await listFilesRecursive(dir)) {
    const file = relative(dir, path);
    let content: Buffer;
    try {
      if (!(await lstat(path)).isFile()) continue;
      content = await readFile(path);
    } catch (error) {
      result.unreadable.push({ file, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    result.filesScanned.push(file);
    result.bytesScanned += content.length;
    const encodings = patterns.filter((p) => content.indexOf(p.bytes) !== -1).map((p) => p.encoding);
    if (encodings.length > 0) result.hits.push({ file, encodings });
  }
  return result;
}

/** Readable summary of hits, for assertion messages. */
export function describeHits(hits: readonly ScanHit[]): string {
  return hits.map((h) => `  ${h.file} (${h.encodings.join(', ')})`).join('\n');
}
