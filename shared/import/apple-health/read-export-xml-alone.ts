import { importError, type ImportResult, type ReadLimits } from '../bundle';
import { ExportXmlScanner } from './export-xml-scanner';

/**
 * export.xml picked on its own: it only lists clinical records, which live in the
 * clinical-records folder beside it. Check it is safe, then ask for the whole export.zip.
 */
export function readAppleHealthXmlAlone(bytes: Uint8Array, limits: ReadLimits): ImportResult {
  const scanner = new ExportXmlScanner(limits);
  scanner.write(new TextDecoder('utf-8').decode(bytes));
  const scanned = scanner.finish();
  if (!scanned.ok) return scanned;
  return importError(
    'apple-xml-alone',
    `This is Apple Health's export.xml alone (${scanned.summary.clinicalRecords.length} clinical records listed); choose the whole export.zip, which holds the records themselves`,
  );
}
