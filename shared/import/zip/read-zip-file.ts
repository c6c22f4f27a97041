import { findExportXml, isInAppleExportFolder, readAppleHealth } from '../apple-health/read-apple-health';
import { importError, megabytes, type ImportResult, type ReadLimits } from '../bundle';
import { readDocumentZip } from '../xdm/read-xdm';
import type { ZipReadOptions } from './read-zip-entries';
import { SafeZip } from './safe-unzip';

/**
 * The archive size and entry count an ordinary zip must keep to; Apple Health's export.zip
 * has its own (DEFAULT_LIMITS.appleHealth), because most of it is never inflated.
 */
function ordinaryLimitsError(archiveBytes: number, entryCount: number, limits: ReadLimits): ImportResult | null {
  if (entryCount > limits.maxZipEntries) {
    return importError('zip-too-many-entries', `The zip file holds ${entryCount} entries; at most ${limits.maxZipEntries} are read`);
  }
  if (archiveBytes > limits.maxFileBytes) {
    return importError('too-large', `The file is ${Math.ceil(archiveBytes / 1048576)} MB; the import limit is ${megabytes(limits.maxFileBytes)} MB`);
  }
  return null;
}

/**
 * A zip, whatever the portal put in it: Apple Health's export.zip, an IHE XDM package,
 * or a plain zip of C-CDA / FHIR files. The directory is checked (entry count, every name)
 * before anything is inflated. It is read with Apple Health's larger entry limit because
 * only the names tell which limits apply; anything that is not an Apple export is then held
 * to the ordinary ones before a byte is inflated.
 */
export async function readZipFile(bytes: Uint8Array, options: ZipReadOptions): Promise<ImportResult> {
  const { limits } = options;
  const apple = limits.appleHealth;
  if (bytes.byteLength > Math.max(limits.maxFileBytes, apple.maxArchiveBytes)) {
    return importError('too-large', `The file is ${Math.ceil(bytes.byteLength / 1048576)} MB; the import limit is ${megabytes(Math.max(limits.maxFileBytes, apple.maxArchiveBytes))} MB`);
  }
  const opened = SafeZip.open(bytes, limits, Math.max(limits.maxZipEntries, apple.maxZipEntries));
  if (!opened.ok) return opened;
  const zip = opened.value;
  const exportXml = findExportXml(zip);
  // Apple's own layout (export.xml in apple_health_export/): only export.xml and the
  // clinical-record files are ever inflated, each under its own cap, so size and count may be larger.
  if (exportXml && isInAppleExportFolder(exportXml)) return readAppleHealth(zip, exportXml, options);
  const ordinary = ordinaryLimitsError(bytes.byteLength, zip.entries.length, limits);
  if (ordinary) return ordinary;
  if (exportXml) return readAppleHealth(zip, exportXml, options);
  return readDocumentZip(zip, options);
}
