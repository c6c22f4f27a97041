import { isExternalLink } from './external-links';

/** The parts of Electron's WebContents that navigation hardening touches (a fake in tests). */
export interface NavigableContents {
  on(event: 'will-navigate', listener: (event: { preventDefault(): void; url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * The app is one page that never leaves itself: no navigation (a dropped file or a link
 * would otherwise replace the app with arbitrary content that keeps the preload API), no
 * new windows, no <webview>. Applied to every webContents the app creates. A phone, e-mail
 * or portal link the person clicks goes to the operating system's own app instead.
 */
export function blockNavigation(contents: NavigableContents, openExternal: (url: string) => void): void {
  const handOver = (url: string): void => {
    if (isExternalLink(url)) openExternal(url);
  };
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    handOver(event.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    handOver(url);
    return { action: 'deny' };
  });
}
