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
    printPdf: async ({ data }) => {
      // The browser prints a PDF through its own viewer, loaded out of sight.
      const url = URL.createObjectURL(new Blob([new Uint8Array(data)], { type: 'application/pdf' }));
      const frame = document.createElement('iframe');
      frame.hidden = true;
      frame.src = url;
      frame.addEventListener('load', () => frame.contentWindow?.print(), { once: true });
      document.body.append(frame);
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
      }, 60_000);
    },
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
