import { useEffect, useState } from 'react';
import type { PrintRequest } from '../../../../shared/print/print-request';
import { makePrintout, type Printout } from './make-printout';

/** While a new one is made, the last preview stays in view (staleUrl) so the page does not jump. */
export type PreviewState = { status: 'making'; staleUrl: string | null } | { status: 'ready'; printout: Printout; url: string } | { status: 'failed' };

type Built = { key: string; printout: Printout; url: string } | { key: string; failed: true };

/** Typing in a field or clicking through options rebuilds once, after a short pause. */
const SETTLE_MS = 250;

/**
 * The real PDF for the chosen printout and options, rebuilt when any of them (or the record)
 * changes, with a blob: URL for the preview frame. The URL is released when it is replaced.
 */
export function usePrintoutPreview(request: Omit<PrintRequest, 'fonts'> | null): PreviewState {
  const key = request ? JSON.stringify(request) : '';
  const [built, setBuilt] = useState<Built | null>(null);
  useEffect(() => {
    if (!request) return undefined;
    let current = true;
    let url: string | null = null;
    const timer = setTimeout(() => {
      makePrintout(request).then(
        (printout) => {
          if (!current) return;
          url = URL.createObjectURL(new Blob([new Uint8Array(printout.bytes)], { type: 'application/pdf' }));
          setBuilt({ key, printout, url });
        },
        () => {
          if (current) setBuilt({ key, failed: true });
        },
      );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
      if (url) URL.revokeObjectURL(url);
    };
    // The key stands for the request: a new object with the same content must not rebuild.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!built || built.key !== key) return { status: 'making', staleUrl: built && 'url' in built ? built.url : null };
  return 'failed' in built ? { status: 'failed' } : { status: 'ready', printout: built.printout, url: built.url };
}
