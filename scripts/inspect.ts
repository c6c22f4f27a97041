/**
 * What would be imported from a file, without importing it.
 *   npm run inspect -- FILE [--json]
 * `--json` prints one object (format, documents, person, counts, warnings, error); otherwise a
 * short summary. Counts are items found per document, before merging repeats across documents.
 * Exit code 0 when the file was read, 1 when it was refused (or could not be opened).
 * Prints no medicine, allergy or problem names: only counts, documents and who the record is for.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COUNT_KEYS, emptyCounts, type ImportCounts, type ImportResult } from '../shared/import/bundle';
import { readImportFile } from '../shared/import/read-import-file';

export interface InspectReport {
  format: string | null;
  documents: number;
  person: { name: string; birthDate: string };
  counts: ImportCounts;
  warnings: { code: string; message: string }[];
  error: { code: string; message: string } | null;
}

export function inspectReport(result: ImportResult): InspectReport {
  if (!result.ok) {
    return { format: null, documents: 0, person: { name: '', birthDate: '' }, counts: emptyCounts(), warnings: [], error: { ...result.error } };
  }
  const { bundle } = result;
  return {
    format: bundle.format,
    documents: bundle.documents.length,
    person: { name: bundle.person.name, birthDate: bundle.person.birthDate },
    counts: { ...bundle.counts },
    warnings: bundle.warnings.map(({ code, message }) => ({ code, message })),
    error: null,
  };
}

const FORMAT_NAMES: Record<string, string> = {
  ccda: 'C-CDA document',
  xdm: 'IHE XDM package (portal "download my record")',
  'xml-zip': 'zip of C-CDA documents',
  'fhir-r4': 'FHIR R4',
  'fhir-dstu2': 'FHIR DSTU2',
  'fhir-ndjson': 'FHIR NDJSON (bulk export)',
  'fhir-zip': 'zip of FHIR files',
  'apple-health': 'Apple Health export',
  'hitsp-c32': 'HITSP C32 document',
  ccr: 'CCR document',
};

export function humanSummary(fileName: string, result: ImportResult): string {
  if (!result.ok) return `${fileName}: refused (${result.error.code})\n  ${result.error.message}\n`;
  const { bundle } = result;
  const lines = [`${fileName}: ${FORMAT_NAMES[bundle.format] ?? bundle.format} (${bundle.format})`];
  const person = [bundle.person.name || '(no name given)', bundle.person.birthDate ? `born ${bundle.person.birthDate}` : ''].filter(Boolean).join(', ');
  lines.push(`  For: ${person}`);
  lines.push(`  Documents: ${bundle.documents.length}`);
  for (const doc of bundle.documents.slice(0, 20)) {
    lines.push(`    - ${doc.path || '(the file itself)'}${doc.type ? ` — ${doc.type}` : ''}${doc.date ? `, ${doc.date.slice(0, 10)}` : ''}${doc.organization ? `, ${doc.organization}` : ''}`);
  }
  if (bundle.documents.length > 20) lines.push(`    … and ${bundle.documents.length - 20} more`);
  lines.push('  Found (per document, before merging repeats):');
  const width = Math.max(...COUNT_KEYS.map((key) => key.length));
  for (const key of COUNT_KEYS) lines.push(`    ${key.padEnd(width)}  ${bundle.counts[key]}`);
  if (bundle.warnings.length > 0) {
    lines.push(`  Notes (${bundle.warnings.length}):`);
    for (const warning of bundle.warnings.slice(0, 30)) lines.push(`    - ${warning.message}`);
    if (bundle.warnings.length > 30) lines.push(`    … and ${bundle.warnings.length - 30} more`);
  }
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write('Usage: npm run inspect -- FILE [--json]\n');
    return 1;
  }
  const path = files[0]!;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    const message = `Cannot open ${path}`;
    if (json) process.stdout.write(`${JSON.stringify({ ...inspectReport({ ok: false, error: { code: 'empty-file', message } }), error: { code: 'file-not-found', message } }, null, 2)}\n`);
    else process.stderr.write(`${message}\n`);
    return 1;
  }
  const result = await readImportFile(bytes, basename(path));
  process.stdout.write(json ? `${JSON.stringify(inspectReport(result), null, 2)}\n` : humanSummary(basename(path), result));
  return result.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
