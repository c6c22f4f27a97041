import type { DocumentPart, ImportedAttachment, ImportError, ImportFormat, ImportWarning, ReadLimits } from '../bundle';
import { readZippedDocument } from './read-zipped-document';
import type { SafeZip, ZipEntry } from './safe-unzip';

export interface ZipReadOptions {
  fileName: string;
  limits: ReadLimits;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface ZipEntriesRead {
  /** Each read document's part, with the entry it came from. */
  parts: { entry: ZipEntry; part: DocumentPart; format?: ImportFormat }[];
  families: Set<'xml' | 'fhir'>;
  /** PDFs found beside the documents, with the entry each came from. */
  attachments: { entry: ZipEntry; attachment: ImportedAttachment }[];
  warnings: ImportWarning[];
  /** The first document's failure, answered when no document could be read. */
  firstFailure: ImportError | null;
}

/** A document that is hostile poisons the whole file: refuse it rather than import around it. */
const HOSTILE: ReadonlySet<string> = new Set(['xml-doctype', 'xml-entity', 'too-deep', 'zip-bomb', 'zip-unsafe-path']);

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Inflates and reads the given entries one at a time (only one document's bytes in memory
 * beyond the archive), reporting progress per entry and honouring cancel between entries.
 */
export async function readZipEntries(
  zip: SafeZip,
  entries: readonly ZipEntry[],
  options: ZipReadOptions,
): Promise<{ ok: true; read: ZipEntriesRead } | { ok: false; error: ImportError }> {
  const read: ZipEntriesRead = { parts: [], families: new Set(), attachments: [], warnings: [], firstFailure: null };
  for (const [index, entry] of entries.entries()) {
    if (options.signal?.aborted) return { ok: false, error: { code: 'cancelled', message: 'The import was cancelled' } };
    options.onProgress?.(index, entries.length);
    const bytes = await zip.read(entry, options.signal);
    if (!bytes.ok) return bytes;
    const document = readZippedDocument(bytes.value, { fileName: options.fileName, documentPath: entry.name, limits: options.limits });
    if (document.kind === 'read') {
      read.parts.push({ entry, part: document.outcome.part, format: document.format });
      read.families.add(document.family);
    } else if (document.kind === 'failed') {
      if (HOSTILE.has(document.outcome.error.code)) {
        return { ok: false, error: { ...document.outcome.error, message: `${entry.name}: ${document.outcome.error.message}` } };
      }
      read.warnings.push(document.warning);
      read.firstFailure ??= document.outcome.error;
    } else if (document.kind === 'attachment') read.attachments.push({ entry, attachment: document.attachment });
    else if (document.warning) read.warnings.push(document.warning);
    await yieldToEventLoop();
  }
  options.onProgress?.(entries.length, entries.length);
  return { ok: true, read };
}
