import { todayIso } from '../model/dates';
import type { PrintOptions, PrintoutKind } from './print-request';
import { PRINT_WORDS } from './words';

/**
 * A file name that says what the file is and when it was made, in the printout's language,
 * and nothing about whose health it describes: "medication-list-2026-12-01.pdf".
 */
export function printoutFileName(kind: PrintoutKind, options: Pick<PrintOptions, 'language' | 'today'>): string {
  return `${PRINT_WORDS[options.language].fileNames[kind]}-${todayIso(options.today)}.pdf`;
}
