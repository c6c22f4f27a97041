import type { PrintRequest } from '../../../../shared/print/print-request';
import { loadPrintFonts } from './print-fonts';

export interface Printout {
  bytes: Uint8Array;
  /** Says what it is and when, never whose (SECURITY.md #17). */
  fileName: string;
}

/** The real PDF for a printout. pdf-lib loads on first use, in its own chunk. */
export async function makePrintout(request: Omit<PrintRequest, 'fonts'>): Promise<Printout> {
  const [{ buildPrintout, printoutFileName }, fonts] = await Promise.all([import('../../../../shared/print'), loadPrintFonts()]);
  const bytes = await buildPrintout({ ...request, fonts });
  return { bytes, fileName: printoutFileName(request.kind, request.options) };
}
