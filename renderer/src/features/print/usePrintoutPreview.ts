import { useEffect, useRef, useState } from 'react';
import type { PrintRequest } from '../../../../shared/print/print-request';
import { makePrintout, type Printout } from './make-printout';

/** While a new one is made, the last preview stays in view (staleUrl) so the page does not jump. */
export type PreviewState = { status: 'making'; staleUrl: string | null } | { status: 'ready'; printout: Printout; url: string } | { status: 'failed' };

type Built = { key: string; printout: Printout; url: string } | { key: string; failed: true };

/** Typing in a field or clicking through options rebuilds once, after a short pause. */
const SETTLE_MS = 250;

/**
 * The real PDF for the chosen printout and options, rebuilt when any of them (or the record)
 * changes, with a blob: URL for the preview frame. Each URL is released once another preview
 * replaces it (or the screen closes), never while it is still the one shown: after clicking
 * through options and back, the preview already made for them is shown and saved as it is.
 */
export function usePrintoutPreview(request: Omit<PrintRequest, 'fonts'> | null): PreviewState {
  const key = request ? JSON.stringify(request) : '';
  const [built, setBuilt] = useState<Built | null>(null);
  const shown = useRef(built);
  // The preview on screen, for the effect below; its URL is released once another replaces it.
  useEffect(() => {
    shown.current = built;
    const url = built && 'url' in built ? built.url : null;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [built]);
  useEffect(() => {
    // Back to the options of the preview on screen: nothing to make (a new one would replace it
    // a moment later, and with it the "The PDF is saved." said about it). A failed one is tried again.
    const onScreen = shown.current;
    if (!request || (onScreen?.key === key && 'url' in onScreen)) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      makePrintout(request).then(
        (printout) => {
          if (current) setBuilt({ key, printout, url: URL.createObjectURL(new Blob([new Uint8Array(printout.bytes)], { type: 'application/pdf' })) });
        },
        () => {
          if (current) setBuilt({ key, failed: true });
        },
      );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The key stands for the request: a new object with the same content must not rebuild.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!built || built.key !== key) return { status: 'making', staleUrl: built && 'url' in built ? built.url : null };
  return 'failed' in built ? { status: 'failed' } : { status: 'ready', printout: built.printout, url: built.url };
}
