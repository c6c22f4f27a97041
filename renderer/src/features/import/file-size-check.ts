import { DEFAULT_LIMITS, importError, type ImportError, type ReadLimits } from '../../../../shared/import/bundle';
import { sniff } from '../../../../shared/import/sniff';

/** Bytes enough for sniff to tell a zip (its first local header's signature). */
const ZIP_SIGNATURE_BYTES = 4;

/**
 * Refuses a file too large to read before it is read into memory: the whole file is held
 * once (then transferred to the import Worker, not copied), so this is the memory ceiling.
 * A zip may be as large as Apple Health's export.zip limit (2 GB): only its table of contents,
 * read in the Worker, tells whether it is one — any other zip over the ordinary limit is then
 * refused there without a byte inflated. Every other file keeps the ordinary limit.
 */
export async function fileSizeRefusal(file: Pick<Blob, 'size' | 'slice'>, limits: ReadLimits = DEFAULT_LIMITS): Promise<ImportError | null> {
  if (file.size <= limits.maxFileBytes) return null;
  const head = new Uint8Array(await file.slice(0, ZIP_SIGNATURE_BYTES).arrayBuffer());
  if (sniff(head).kind === 'zip' && file.size <= limits.appleHealth.maxArchiveBytes) return null;
  return importError('too-large', 'too large').error;
}
