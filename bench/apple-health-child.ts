import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DEFAULT_LIMITS } from '../shared/import/bundle';
import { readImportFile } from '../shared/import/read-import-file';
import { SafeZip } from '../shared/import/zip/safe-unzip';

/** What one child measured (bench c): time, peak resident memory, and whether the read worked. */
export interface ChildFigures {
  ms: number;
  maxRssMb: number;
  ok: boolean;
  detail: string;
}

/** Runs in the child: one mode, one measurement, printed as JSON. */
export async function child(mode: 'import' | 'inflate', zipPath: string): Promise<ChildFigures> {
  const file = readFileSync(zipPath);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const start = performance.now();
  let ok: boolean;
  let detail: string;
  if (mode === 'import') {
    const result = await readImportFile(bytes, 'export.zip');
    ok = result.ok;
    detail = result.ok ? `${result.bundle.documents.length} clinical records` : `${result.error.code}: ${result.error.message}`;
  } else {
    const zip = SafeZip.open(bytes, DEFAULT_LIMITS);
    if (!zip.ok) throw new Error(zip.error.message);
    const entry = zip.value.files().find((file) => file.name.endsWith('export.xml'))!;
    let seen = 0;
    const streamed = await zip.value.stream(entry, (chunk) => void (seen += chunk.length), { retained: false });
    ok = streamed.ok;
    detail = `${Math.round(seen / 1048576)} MB inflated`;
  }
  const ms = performance.now() - start;
  return { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ok, detail };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [flag, mode, zipPath] = process.argv.slice(2);
  if (flag === '--child' && (mode === 'import' || mode === 'inflate') && zipPath) console.log(JSON.stringify(await child(mode, zipPath)));
}
