import { DEFAULT_LIMITS, importError, type ImportResult, type ReadLimits } from './bundle';

export interface ReadImportOptions {
  limits?: ReadLimits;
  /** Called now and then on long files: bytes (or entries) done out of total. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting answers a `cancelled` error. */
  signal?: AbortSignal;
}

/**
 * The one door into the import pipeline: sniffs the format from the content (never the
 * file name), reads every document and joins them. Never throws.
 */
export async function readImportFile(bytes: Uint8Array, fileName: string, options: ReadImportOptions = {}): Promise<ImportResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (bytes.byteLength === 0) return importError('empty-file', `${fileName} is empty`);
  if (bytes.byteLength > limits.maxFileBytes) return importError('too-large', 'The file is larger than the import limit');
  return importError('unsupported-format', 'This kind of file cannot be read yet');
}
