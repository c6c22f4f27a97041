import { printPdfInFrame } from './print-pdf-in-frame';
import type { Platform } from './types';

/** The browser build: files are downloads, printing is window.print, nothing else to reach. */
export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    saveFile: async ({ suggestedName, data, mimeType }) => {
      const url = URL.createObjectURL(new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mimeType }));
      try {
        const link = document.createElement('a');
        link.href = url;
        link.download = suggestedName;
        link.rel = 'noopener';
        link.click();
        return { saved: true };
      } finally {
        // Give the download a moment to start before the object URL goes away.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
    },
    printPdf: ({ data }) => printPdfInFrame(data),
    printPage: async () => {
      window.print();
    },
    // The browser has no application menu or OS lock events to relay.
    onLockRequested: () => () => undefined,
    onMenuCommand: () => () => undefined,
    // A browser profile has no OS keychain to trust.
    keychain: {
      isAvailable: async () => false,
      remember: async () => false,
      recall: async () => ({ found: false, reason: 'none' }),
      forget: async () => undefined,
    },
  };
}
