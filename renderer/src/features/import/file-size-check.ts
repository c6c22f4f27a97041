import { DEFAULT_LIMITS, importError, type ImportError, type ReadLimits } from '../../../../shared/import/bundle';
import { HEAD_BYTES, sniff } from '../../../../shared/import/sniff';

/**
 * Refuses a file too large to read before it is read into memory: the whole file is held
 * once (then transferred to the import Worker, not copied), so this is the memory ceiling.
 * A zip may be as large as Apple Health's export.zip limit (2 GB): only its table of contents,
 * read in the Worker, tells whether it is one — any other zip over the ordinary limit is then
 * refused there without a byte inflated. Every other file keeps the ordinary limit, except that
 * Apple Health's export.xml, which people often pick after unzipping the export, is named as such
 * (the records are in the export.zip beside it), whatever its size.
 */
export async function fileSizeRefusal(file: Pick<Blob, 'size' | 'slice'>, limits: ReadLimits = DEFAULT_LIMITS): Promise<ImportError | null> {
  if (file.size <= limits.maxFileBytes) return null;
  const sniffed = sniff(new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer()));
  if (sniffed.kind === 'zip' && file.size <= limits.appleHealth.maxArchiveBytes) return null;
  if (sniffed.kind === 'xml' && sniffed.root === 'apple-health-export') return importError('apple-xml-alone', 'Apple Health export.xml alone').error;
  return importError('too-large', 'too large').error;
}
