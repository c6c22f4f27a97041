import { readAppleHealthXmlAlone } from './apple-health/read-export-xml-alone';
import { DEFAULT_LIMITS, importError, joinParts, megabytes, type ImportFormat, type ImportResult, type ReadLimits } from './bundle';
import { readCcda } from './ccda/read-ccda';
import { readFhir } from './fhir/read-fhir';
import { sniff, type SniffedKind } from './sniff';
import { readZipFile } from './zip/read-zip-file';

export interface ReadImportOptions {
  limits?: ReadLimits;
  /** Called now and then on long files: bytes (or entries) done out of total. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting answers a `cancelled` error. */
  signal?: AbortSignal;
}

/** When a reader breaks its promise and throws, name the problem by what the file looked like. */
function lastResortError(kind: SniffedKind['kind'] | 'unknown', error: unknown): ImportResult {
  const detail = error instanceof Error ? error.message : 'unknown';
  if (error instanceof RangeError && /call stack/i.test(detail)) return importError('too-deep', 'The file nests data too deeply to read');
  if (kind === 'zip') return importError('zip-corrupt', `The zip file could not be read (${detail})`);
  if (kind === 'xml') return importError('malformed-xml', `The XML could not be read (${detail})`);
  if (kind === 'fhir-json' || kind === 'fhir-ndjson') return importError('malformed-json', `The JSON could not be read (${detail})`);
  return importError('unsupported-format', `The file could not be read (${detail})`);
}

async function readSniffed(bytes: Uint8Array, fileName: string, sniffed: SniffedKind, options: ReadImportOptions, limits: ReadLimits): Promise<ImportResult> {
  const context = { fileName, documentPath: '', limits };
  switch (sniffed.kind) {
    case 'zip':
      return readZipFile(bytes, { fileName, limits, signal: options.signal, onProgress: options.onProgress });
    case 'unsupported':
      return importError('unsupported-format', `This is ${sniffed.what}, not a health record this app can import`);
    case 'xml': {
      if (sniffed.root === 'apple-health-export') return readAppleHealthXmlAlone(bytes, limits);
      if (sniffed.root === 'other') return importError('unsupported-format', 'This XML file is not a C-CDA health record');
      // C-CDA, and CCR: the C-CDA reader takes what maps from either and names the format.
      const outcome = readCcda(bytes, context);
      return outcome.ok ? { ok: true, bundle: joinParts(outcome.format ?? (sniffed.root === 'ccr' ? 'ccr' : 'ccda'), [outcome.part]) } : outcome;
    }
    case 'fhir-json':
    case 'fhir-ndjson': {
      const outcome = readFhir(bytes, context);
      const fallback: ImportFormat = sniffed.kind === 'fhir-ndjson' ? 'fhir-ndjson' : 'fhir-r4';
      return outcome.ok ? { ok: true, bundle: joinParts(outcome.format ?? fallback, [outcome.part]) } : outcome;
    }
  }
}

/**
 * The one door into the import pipeline: sniffs the format from the content (never the
 * file name), reads every document and joins them. Never throws.
 *
 * Memory: `bytes` is the whole file, held once for the whole read (the renderer transfers it
 * to the import Worker, it is not copied). So the ceiling is the file itself — up to
 * limits.maxFileBytes, or limits.appleHealth.maxArchiveBytes (2 GB) for an Apple Health
 * export.zip — plus what is inflated from it: ordinary zips at most maxInflatedBytes; an Apple
 * export only its clinical-record files (same cap) and export.xml streamed in small pieces.
 */
export async function readImportFile(bytes: Uint8Array, fileName: string, options: ReadImportOptions = {}): Promise<ImportResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  let kind: SniffedKind['kind'] | 'unknown' = 'unknown';
  try {
    if (bytes.byteLength === 0) return importError('empty-file', `${fileName} is empty`);
    // Sniffing looks at the first 64 KB only, so it comes before the size check: a zip larger
    // than the ordinary limit may be Apple Health's export.zip, which its table of contents
    // tells (readZipFile); every other file is refused here.
    const sniffed = sniff(bytes);
    kind = sniffed.kind;
    const sizeLimit = sniffed.kind === 'zip' ? Math.max(limits.maxFileBytes, limits.appleHealth.maxArchiveBytes) : limits.maxFileBytes;
    if (bytes.byteLength > sizeLimit) {
      return importError('too-large', `The file is ${Math.ceil(bytes.byteLength / 1048576)} MB; the import limit is ${megabytes(sizeLimit)} MB`);
    }
    if (options.signal?.aborted) return importError('cancelled', 'The import was cancelled');
    options.onProgress?.(0, 1);
    const result = await readSniffed(bytes, fileName, sniffed, options, limits);
    if (options.signal?.aborted) return importError('cancelled', 'The import was cancelled');
    if (result.ok) options.onProgress?.(1, 1);
    return result;
  } catch (error) {
    return lastResortError(kind, error);
  }
}
