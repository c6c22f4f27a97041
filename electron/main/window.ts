import type { BrowserWindowConstructorOptions } from 'electron';
import { MINIMUM_SIZE } from './window-state';

export interface MainWindowOptions {
  /** Absolute path of the built preload (CommonJS, as sandboxed preloads require). */
  preloadPath: string;
  /** DevTools only in development builds. */
  allowDevTools: boolean;
  /** Where to open and how big (window-state.ts); centred when x/y are absent. */
  bounds: { x?: number; y?: number; width: number; height: number };
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
    ...options.bounds,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
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
