import type { CareKind } from '../model/care-item';
import type { InputOf } from '../model/care-record';

/**
 * What every reader hands on: one normalized import bundle. Readers never throw across
 * their boundary — they answer an ImportResult (or, for one document, a ReadOutcome).
 */

export const IMPORT_FORMATS = [
  'ccda',
  'xdm',
  'xml-zip',
  'fhir-r4',
  'fhir-dstu2',
  'fhir-ndjson',
  'fhir-zip',
  'apple-health',
  'hitsp-c32',
  'ccr',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Where an item came from inside the file (becomes the stored item's `source`). */
export interface Provenance {
  /** The file the user picked. */
  fileName: string;
  /** The document inside it (a zip entry's path, a FHIR Bundle id); '' for a single document. */
  documentPath: string;
  documentTitle: string;
  /** Author organization / custodian. */
  organization: string;
  /** ISO date (or date-time) of the document. */
  documentDate: string;
}

export interface ImportedDocument {
  path: string;
  title: string;
  /** CCD, Referral Note, Discharge Summary, Bundle, NDJSON … as the file names it. */
  type: string;
  organization: string;
  date: string;
}

export interface ImportedItem<K extends CareKind = CareKind> {
  kind: K;
  /** The area's input fields (checked with the area's input schema before commit). */
  input: InputOf<K>;
  provenance: Provenance;
  /** Identifiers the source gave this entry (CDA id `root^extension`, FHIR `Type/id`): remembering decisions. */
  sourceIds: string[];
  /** When the source says this entry was written or ordered (ISO, or ''): orders repeated orders. */
  recordedAt: string;
  /** Other entries this one names, for the review to link once they are stored (optional). */
  links?: ImportedLinks;
}

/** Someone an entry names (a medicine's prescriber): the name, and the sourceIds of their care-team entry when the file has one. */
export interface ImportedPersonLink {
  name: string;
  sourceIds: string[];
}

export interface ImportedLinks {
  /** A medicine's prescriber (becomes `prescriberId` once the care-team member is stored). */
  prescriber?: ImportedPersonLink;
  /** Goals a task (a care-plan activity) serves, by the goals' sourceIds. */
  goalSourceIds?: string[];
}

/** Counted per document, before any merging (the inspect command's `counts`). */
export const COUNT_KEYS = [
  'medications',
  'allergies',
  'problems',
  'encounters',
  'appointments',
  'goals',
  'immunizations',
  'results',
  'vitals',
  'careTeam',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type ImportCounts = Record<CountKey, number>;

export const emptyCounts = (): ImportCounts =>
  Object.fromEntries(COUNT_KEYS.map((key) => [key, 0])) as ImportCounts;

/** A document the binder keeps as a file (an unstructured C-CDA's PDF, a scanned letter). */
export interface ImportedAttachment {
  provenance: Provenance;
  title: string;
  mimeType: string;
  data: Uint8Array;
}

/** Something read but not (fully) taken: shown in the review and printed by the inspect command. */
export interface ImportWarning {
  code: string;
  /** English, for the inspect command and logs of a developer's own files; the UI translates `code`. */
  message: string;
  documentPath?: string;
}

export interface ImportedPerson {
  name: string;
  /** YYYY-MM-DD or ''. */
  birthDate: string;
}

export interface ImportBundle {
  format: ImportFormat;
  documents: ImportedDocument[];
  person: ImportedPerson;
  items: ImportedItem[];
  counts: ImportCounts;
  attachments: ImportedAttachment[];
  warnings: ImportWarning[];
}

export const IMPORT_ERROR_CODES = [
  'empty-file',
  'unsupported-format',
  'too-large',
  'truncated',
  'malformed-xml',
  'xml-doctype',
  'xml-entity',
  'too-deep',
  'malformed-json',
  'zip-corrupt',
  'zip-bomb',
  'zip-unsafe-path',
  'zip-too-many-entries',
  'no-documents',
  /** Apple Health's export.xml chosen on its own: the clinical records are beside it in export.zip. */
  'apple-xml-alone',
  'timeout',
  'cancelled',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  code: ImportErrorCode;
  /** English, naming the problem; the UI shows the translation of `code`. */
  message: string;
}

export type ImportResult = { ok: true; bundle: ImportBundle } | { ok: false; error: ImportError };

/** What reading one document gives: a bundle without the file-level format. */
export type DocumentPart = Omit<ImportBundle, 'format'>;
/** `format` names what the reader found when it is more precise than the caller knew (DSTU2, HITSP C32 …). */
export type ReadOutcome = { ok: true; part: DocumentPart; format?: ImportFormat } | { ok: false; error: ImportError };

/**
 * What an Apple Health export.zip may be beyond the ordinary limits, once its table of
 * contents shows export.xml in an apple_health_export/ folder. Real exports run to hundreds
 * of MB and thousands of entries (workout-routes/*.gpx, electrocardiograms/*.csv) that are
 * never inflated: only export.xml is streamed (never held whole) and clinical-records/*.json
 * read under the ordinary per-file and total caps. The compression ratio still holds.
 */
export interface AppleHealthLimits {
  /** The whole export.zip, held in memory once (the import Worker's ceiling). */
  maxArchiveBytes: number;
  /** Entries in its table of contents: every name is still checked, few are inflated. */
  maxZipEntries: number;
  /** Real bytes of export.xml streamed through the scanner (not kept, so not in maxInflatedBytes). */
  maxStreamedXmlBytes: number;
}

/** Limits every reader honours (SECURITY.md rows 11–13). */
export interface ReadLimits {
  maxFileBytes: number;
  maxDepth: number;
  maxZipEntries: number;
  maxInflatedBytes: number;
  maxCompressionRatio: number;
  appleHealth: AppleHealthLimits;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 50 * MB,
  maxDepth: 256,
  maxZipEntries: 1000,
  maxInflatedBytes: 200 * MB,
  maxCompressionRatio: 100,
  appleHealth: {
    maxArchiveBytes: 2048 * MB,
    maxZipEntries: 200_000,
    maxStreamedXmlBytes: 4096 * MB,
  },
};

/** Whole megabytes for messages ("2048 MB"). */
export const megabytes = (bytes: number): number => Math.round(bytes / MB);

export interface ReadContext {
  /** The file the user picked (for provenance; never used to decide the format). */
  fileName: string;
  /** The document's path inside a zip, '' otherwise. */
  documentPath: string;
  limits: ReadLimits;
}

export const importError = (code: ImportErrorCode, message: string): { ok: false; error: ImportError } => ({
  ok: false,
  error: { code, message },
});

/** Joins the parts read from the documents of one file, keeping every item (merging is reconciliation's job). */
export function joinParts(format: ImportFormat, parts: readonly DocumentPart[]): ImportBundle {
  const counts = emptyCounts();
  for (const part of parts) for (const key of COUNT_KEYS) counts[key] += part.counts[key];
  const person = parts.find((part) => part.person.name !== '')?.person ?? { name: '', birthDate: '' };
  return {
    format,
    documents: parts.flatMap((part) => part.documents),
    person: { name: person.name, birthDate: person.birthDate || (parts.find((part) => part.person.birthDate)?.person.birthDate ?? '') },
    items: parts.flatMap((part) => part.items),
    counts,
    attachments: parts.flatMap((part) => part.attachments),
    warnings: parts.flatMap((part) => part.warnings),
  };
}
