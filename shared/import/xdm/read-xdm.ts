import { emptyCounts, importError, joinParts, type DocumentPart, type ImportFormat, type ImportResult, type ImportWarning } from '../bundle';
import { readZipEntries, type ZipReadOptions } from '../zip/read-zip-entries';
import { isPackageFurniture } from '../zip/read-zipped-document';
import type { SafeZip, ZipEntry } from '../zip/safe-unzip';
import { applyMetadata } from './apply-metadata';
import { readXdmMetadata, type XdmDocumentMetadata, type XdmMetadata } from './xdm-metadata';

const XDM_FOLDER = /(^|\/)IHE_XDM\//i;

const folderOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);
const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Portal order: DOC0002 before DOC0010, whatever order the zip stored them in. */
const byName = (a: ZipEntry, b: ZipEntry): number => a.name.localeCompare(b.name, 'en', { numeric: true });

export const isXdmPackage = (zip: SafeZip): boolean => zip.entries.some((entry) => XDM_FOLDER.test(entry.name));

/** Reads every subset folder's METADATA.XML: folder → (upper-cased file name → metadata). */
async function readAllMetadata(
  zip: SafeZip,
  options: ZipReadOptions,
  warnings: ImportWarning[],
): Promise<{ byFolder: Map<string, Map<string, XdmDocumentMetadata>>; people: XdmMetadata['person'][] } | ImportResult> {
  const byFolder = new Map<string, Map<string, XdmDocumentMetadata>>();
  const people: XdmMetadata['person'][] = [];
  for (const entry of zip.files().filter((file) => /(^|\/)METADATA\.XML$/i.test(file.name))) {
    const bytes = await zip.read(entry, options.signal);
    if (!bytes.ok) return { ok: false, error: bytes.error };
    const result = readXdmMetadata(new TextDecoder('utf-8').decode(bytes.value), options.limits);
    if (!result.ok) {
      warnings.push({ code: 'xdm-metadata-unreadable', message: `${entry.name} could not be read (${result.reason}); documents were read without it`, documentPath: entry.name });
      continue;
    }
    byFolder.set(folderOf(entry.name), new Map(result.metadata.documents.map((doc) => [baseName(doc.uri).toUpperCase(), doc])));
    people.push(result.metadata.person);
  }
  return { byFolder, people };
}

/**
 * An IHE XDM package (any subset folder names: SUBSET01, a patient-named Epic folder, several
 * subsets) or a plain zip of C-CDA / FHIR files. Documents are found by walking the zip;
 * METADATA.XML only adds dates and authors the documents leave out.
 */
export async function readDocumentZip(zip: SafeZip, options: ZipReadOptions): Promise<ImportResult> {
  const xdm = isXdmPackage(zip);
  const warnings: ImportWarning[] = [];
  const metadata = xdm ? await readAllMetadata(zip, options, warnings) : { byFolder: new Map(), people: [] };
  if ('ok' in metadata) return metadata;

  const candidates = zip
    .files()
    .filter((entry) => !isPackageFurniture(entry.name) && (!xdm || XDM_FOLDER.test(entry.name)))
    .sort(byName);
  const entries = await readZipEntries(zip, candidates, options);
  if (!entries.ok) return entries;
  const { read } = entries;
  if (read.parts.length === 0 && read.attachments.length === 0) {
    if (read.firstFailure) return { ok: false, error: read.firstFailure };
    const ccr = read.warnings.find((warning) => warning.code === 'ccr-not-supported');
    if (ccr) return importError('unsupported-format', `${ccr.message}; the package holds nothing else to import`);
    return importError('no-documents', 'The zip file holds no health record this app can read');
  }

  const metaFor = (entry: ZipEntry): XdmDocumentMetadata | undefined => metadata.byFolder.get(folderOf(entry.name))?.get(baseName(entry.name).toUpperCase());
  const parts = read.parts.map(({ entry, part }) => {
    const meta = metaFor(entry);
    return meta ? applyMetadata(part, meta) : part;
  });
  if (read.attachments.length > 0) {
    // PDFs travel as a part of their own so the metadata fills their provenance like any document's.
    const pdfs = read.attachments.map(({ entry, attachment }) => {
      const meta = metaFor(entry);
      const titled = meta?.title ? { ...attachment, title: meta.title } : attachment;
      const part: DocumentPart = { documents: [], person: { name: '', birthDate: '' }, items: [], counts: emptyCounts(), attachments: [titled], warnings: [] };
      return meta ? applyMetadata(part, meta) : part;
    });
    parts.push(...pdfs);
  }
  const format: ImportFormat = xdm ? 'xdm' : read.families.has('xml') ? 'xml-zip' : 'fhir-zip';
  const bundle = joinParts(format, parts);
  const fallbackPerson = metadata.people.find((person) => person.name !== '');
  if (!bundle.person.name && fallbackPerson) bundle.person = fallbackPerson;
  bundle.warnings.push(...warnings, ...read.warnings);
  return { ok: true, bundle };
}
