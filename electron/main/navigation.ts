/** The parts of Electron's WebContents that navigation hardening touches (a fake in tests). */
export interface NavigableContents {
  on(event: 'will-navigate' | 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/**
 * The app is one page that never leaves itself: no navigation (a dropped file or a link
 * would otherwise replace the app with arbitrary content that keeps the preload API), no
 * new windows, no <webview>. Applied to every webContents the app creates.
 */
export function blockNavigation(contents: NavigableContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
