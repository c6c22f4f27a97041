import type { WebContentsPrintOptions } from 'electron';
import type { PrintResult } from '../../shared/ipc/contract';

export interface PrintableContents {
  print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
}

/** The system print dialog (silent: false); backgrounds kept so printed tables stay readable. */
export const PRINT_OPTIONS: WebContentsPrintOptions = { silent: false, printBackground: true };

/** Electron reports a cancelled dialog as a failure with this reason. */
function isCancellation(reason: string): boolean {
  return /cancel/i.test(reason);
}

/** The 'window:print' handler: prints the sender's own page and reports how it ended. */
export function printPage(contents: PrintableContents): Promise<PrintResult> {
  return new Promise((resolve) => {
    contents.print(PRINT_OPTIONS, (success, failureReason) => {
      if (success) resolve({ printed: true });
      else resolve({ printed: false, reason: isCancellation(failureReason) ? 'cancelled' : 'failed' });
    });
  });
}
