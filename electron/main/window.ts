import type { BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowOptions {
  /** Absolute path of the built preload (CommonJS, as sandboxed preloads require). */
  preloadPath: string;
  /** DevTools only in development builds. */
  allowDevTools: boolean;
}

/** Electron's BrowserWindow class, passed in so that tests can observe the options. */
export type BrowserWindowClass<Window> = new (options: BrowserWindowConstructorOptions) => Window;

/**
 * Creates the app's window. The security options are written out here, at the
 * `new BrowserWindow` call, so that both a reader and electronegativity see them.
 */
export function createMainWindow<Window>(
  BrowserWindow: BrowserWindowClass<Window>,
  options: MainWindowOptions,
): Window {
  return new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 480,
    minHeight: 400,
    // Shown on 'ready-to-show', so the user never sees an empty frame.
    show: false,
    webPreferences: {
      // Reviewed: the preload exposes three named functions through contextBridge, nothing else.
      preload: options.preloadPath, /* eng-disable PRELOAD_JS_CHECK */
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click could otherwise open links in a new window (Electron security checklist).
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      // The spellchecker sends words to the OS service and may download dictionaries.
      spellcheck: false,
      safeDialogs: true,
      devTools: options.allowDevTools,
    },
  });
}
