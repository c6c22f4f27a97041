import { readCcda } from '../ccda/read-ccda';
import { readFhir } from '../fhir/read-fhir';
import type { ImportedAttachment, ImportFormat, ImportWarning, ReadContext, ReadOutcome } from '../bundle';
import { sniff } from '../sniff';

/** What one zip entry turned out to be once its bytes were sniffed and read. */
export type ZippedDocument =
  | { kind: 'read'; family: 'xml' | 'fhir'; outcome: ReadOutcome & { ok: true }; format?: ImportFormat }
  | { kind: 'failed'; family: 'xml' | 'fhir'; warning: ImportWarning; outcome: ReadOutcome & { ok: false } }
  | { kind: 'attachment'; attachment: ImportedAttachment }
  | { kind: 'skipped'; warning: ImportWarning | null };

/** Names every portal package carries that are not records: no warning for skipping them. */
const FURNITURE = /(^|\/)(INDEX\.HTML?|README\.TXT|STYLE\.XSL|METADATA\.XML|\.DS_Store|Thumbs\.db)$|(^|\/)__MACOSX\//i;

export const isPackageFurniture = (path: string): boolean => FURNITURE.test(path);

/**
 * Reads one document found inside a zip: C-CDA (and C32) XML through the C-CDA reader,
 * FHIR JSON / NDJSON through the FHIR reader; anything else is skipped with a warning.
 */
export function readZippedDocument(bytes: Uint8Array, context: ReadContext): ZippedDocument {
  const path = context.documentPath;
  if (isPackageFurniture(path)) return { kind: 'skipped', warning: null };
  try {
    return readSniffed(bytes, context);
  } catch (error) {
    // A reader broke its promise not to throw: lose this document, not the whole package.
    const detail = error instanceof Error ? error.message : 'unknown';
    const outcome = { ok: false as const, error: { code: 'unsupported-format' as const, message: `could not be read (${detail})` } };
    return { kind: 'failed', family: 'xml', outcome, warning: { code: 'document-unreadable', message: `${path} could not be read`, documentPath: path } };
  }
}

function readSniffed(bytes: Uint8Array, context: ReadContext): ZippedDocument {
  const path = context.documentPath;
  const sniffed = sniff(bytes);
  // Portals put letters and scanned results in packages as PDFs: kept as files, not lost.
  if (sniffed.kind === 'unsupported' && sniffed.what === 'a PDF document') {
    const title = path.slice(path.lastIndexOf('/') + 1).replace(/\.pdf$/i, '');
    const provenance = { fileName: context.fileName, documentPath: path, documentTitle: '', organization: '', documentDate: '' };
    return { kind: 'attachment', attachment: { provenance, title, mimeType: 'application/pdf', data: bytes } };
  }
  if (sniffed.kind === 'xml' && sniffed.root === 'ccda') return settle('xml', readCcda(bytes, context), path);
  if (sniffed.kind === 'fhir-json' || sniffed.kind === 'fhir-ndjson') {
    const outcome = readFhir(bytes, context);
    return settle('fhir', outcome.ok && sniffed.kind === 'fhir-ndjson' && !outcome.format ? { ...outcome, format: 'fhir-ndjson' } : outcome, path);
  }
  if (sniffed.kind === 'xml' && sniffed.root === 'ccr') {
    return {
      kind: 'skipped',
      warning: { code: 'ccr-not-supported', message: `${path} is a CCR (Continuity of Care Record) document, which this app cannot read`, documentPath: path },
    };
  }
  if (bytes.byteLength === 0) return { kind: 'skipped', warning: null };
  return {
    kind: 'skipped',
    warning: { code: 'entry-skipped', message: `${path} is not a health record this app reads; it was skipped`, documentPath: path },
  };
}

function settle(family: 'xml' | 'fhir', outcome: ReadOutcome, path: string): ZippedDocument {
  if (outcome.ok) return { kind: 'read', family, outcome, format: outcome.format };
  return {
    kind: 'failed',
    family,
    outcome,
    warning: { code: 'document-unreadable', message: `${path} could not be read: ${outcome.error.message}`, documentPath: path },
  };
}
