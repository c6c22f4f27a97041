import { readAppleHealth, findExportXml } from '../apple-health/read-apple-health';
import type { ImportResult } from '../bundle';
import { readDocumentZip } from '../xdm/read-xdm';
import type { ZipReadOptions } from './read-zip-entries';
import { SafeZip } from './safe-unzip';

/**
 * A zip, whatever the portal put in it: Apple Health's export.zip, an IHE XDM package,
 * or a plain zip of C-CDA / FHIR files. The directory is checked (entry count, names)
 * before anything is inflated.
 */
export async function readZipFile(bytes: Uint8Array, options: ZipReadOptions): Promise<ImportResult> {
  const opened = SafeZip.open(bytes, options.limits);
  if (!opened.ok) return opened;
  const zip = opened.value;
  const exportXml = findExportXml(zip);
  if (exportXml) return readAppleHealth(zip, exportXml, options);
  return readDocumentZip(zip, options);
}
