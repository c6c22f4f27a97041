import { readFhir } from '../fhir/read-fhir';
import { importError, joinParts, type DocumentPart, type ImportResult, type ImportWarning } from '../bundle';
import type { ZipReadOptions } from '../zip/read-zip-entries';
import type { SafeZip, ZipEntry } from '../zip/safe-unzip';
import { ExportXmlScanner, type ClinicalRecordRef } from './export-xml-scanner';

/** export.xml, not export_cda.xml (Apple's CDA of vitals, which repeats the samples). */
const EXPORT_XML = /(^|\/)export\.xml$/i;

/** Localized exports name the file in the phone's language (导出.xml …) but keep the folder name. */
const APPLE_FOLDER_XML = /(^|\/)apple_health_export\/[^/]+\.xml$/i;
const CDA_XML = /_cda\.xml$/i;

/** The folder the Health app writes: only an export.xml inside it earns Apple Health's larger limits. */
const APPLE_FOLDER = /(^|\/)apple_health_export\/[^/]+$/i;

export const isInAppleExportFolder = (entry: ZipEntry): boolean => APPLE_FOLDER.test(entry.name);

export function findExportXml(zip: SafeZip): ZipEntry | undefined {
  const files = zip.files();
  return files.find((entry) => EXPORT_XML.test(entry.name)) ?? files.find((entry) => APPLE_FOLDER_XML.test(entry.name) && !CDA_XML.test(entry.name));
}

const folderOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);

const MB = 1024 * 1024;

/**
 * Progress in whole steps people can read: one per megabyte of export.xml, then one per
 * clinical-record file ("150 of 305").
 */
const exportSteps = (exportXml: ZipEntry): number => Math.max(1, Math.ceil(exportXml.declaredSize / MB));

/**
 * Streams export.xml through the scanner: only the clinical-record list stays in memory.
 * Its real bytes are bounded by the compression ratio and appleHealth.maxStreamedXmlBytes.
 */
async function scanExportXml(zip: SafeZip, entry: ZipEntry, options: ZipReadOptions, total: number) {
  const scanner = new ExportXmlScanner(options.limits);
  const decoder = new TextDecoder('utf-8');
  const megabytes = exportSteps(entry);
  // Once the scanner refuses the file (an ENTITY in the DTD, broken XML) the rest is not inflated.
  const streamed = await zip.stream(entry, (chunk) => scanner.write(decoder.decode(chunk, { stream: true })), {
    retained: false,
    maxBytes: options.limits.appleHealth.maxStreamedXmlBytes,
    signal: options.signal,
    onProgress: (done) => options.onProgress?.(Math.min(megabytes, Math.floor(done / MB)), total),
  });
  if (!streamed.ok) return streamed;
  scanner.write(decoder.decode());
  return scanner.finish();
}

/** Fills provenance the FHIR resource leaves blank from what Apple recorded about it. */
function withAppleProvenance(part: DocumentPart, record: ClinicalRecordRef | undefined): DocumentPart {
  if (!record) return part;
  const date = record.receivedDate.slice(0, 10);
  return {
    ...part,
    documents: part.documents.map((doc) => ({ ...doc, organization: doc.organization || record.sourceName, date: doc.date || date })),
    items: part.items.map((item) => ({
      ...item,
      provenance: { ...item.provenance, organization: item.provenance.organization || record.sourceName, documentDate: item.provenance.documentDate || date },
    })),
  };
}

/**
 * Apple Health's export.zip: export.xml is streamed for its ClinicalRecord list, then each
 * clinical-records/*.json (one FHIR resource, DSTU2 or R4) goes through the FHIR reader.
 * Clinical-record files the list does not mention are read too: the folder is the truth.
 * Nothing else in the zip (workout-routes/*.gpx, electrocardiograms/*.csv, export_cda.xml)
 * is ever inflated.
 */
export async function readAppleHealth(zip: SafeZip, exportXml: ZipEntry, options: ZipReadOptions): Promise<ImportResult> {
  const root = folderOf(exportXml.name);
  const files = zip.files().filter((entry) => entry.name.toLowerCase().startsWith(`${root}clinical-records/`.toLowerCase()) && /\.json$/i.test(entry.name));
  const total = exportSteps(exportXml) + files.length;
  const scanned = await scanExportXml(zip, exportXml, options, total);
  if (!scanned.ok) return scanned;
  const { clinicalRecords, otherRecords } = scanned.summary;
  const byPath = new Map(clinicalRecords.map((record) => [`${root}${record.resourceFilePath.replace(/^\/+/, '')}`.toLowerCase(), record]));

  const parts: DocumentPart[] = [];
  const warnings: ImportWarning[] = [];
  const found = new Set<string>();
  for (const [index, entry] of files.entries()) {
    if (options.signal?.aborted) return importError('cancelled', 'The import was cancelled');
    options.onProgress?.(total - files.length + index, total);
    // One FHIR resource each: the ordinary per-file cap, counted while inflating; their sum is held to maxInflatedBytes.
    const bytes = await zip.read(entry, options.signal, options.limits.maxFileBytes);
    if (!bytes.ok) return bytes;
    const key = entry.name.toLowerCase();
    found.add(key);
    const outcome = readFhir(bytes.value, { fileName: options.fileName, documentPath: entry.name, limits: options.limits });
    if (outcome.ok) parts.push(withAppleProvenance(outcome.part, byPath.get(key)));
    else if (outcome.error.code === 'too-deep' || outcome.error.code === 'too-large') return outcome;
    else warnings.push({ code: 'document-unreadable', message: `${entry.name} could not be read: ${outcome.error.message}`, documentPath: entry.name });
  }
  const missing = [...byPath.keys()].filter((key) => !found.has(key)).length;
  if (missing > 0) {
    warnings.push({ code: 'apple-health-missing-records', message: `${missing} clinical records listed in export.xml are missing from the zip` });
  }
  if (otherRecords > 0) {
    warnings.push({ code: 'apple-health-samples-skipped', message: `${otherRecords} activity and body samples (steps, heart rate …) were read and not kept` });
  }
  if (parts.length === 0) {
    return clinicalRecords.length === 0 && files.length === 0
      ? importError('no-documents', 'This Apple Health export holds no clinical records (health records from a hospital or clinic)')
      : importError('no-documents', 'None of the clinical records in this Apple Health export could be read');
  }
  const bundle = joinParts('apple-health', parts);
  if (!bundle.person.birthDate) bundle.person = { ...bundle.person, birthDate: scanned.summary.birthDate };
  bundle.warnings.push(...warnings);
  options.onProgress?.(total, total);
  return { ok: true, bundle };
}
