import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow } from '../../../electron/main/window';

class FakeBrowserWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('createMainWindow', () => {
  const window = createMainWindow(FakeBrowserWindow, { preloadPath: '/app/out/preload/index.cjs', allowDevTools: false, bounds: { x: 5, y: 6, width: 900, height: 700 } });
  const prefs = window.options.webPreferences;

  it('opens where it was remembered, never below the minimum size', () => {
    expect(window.options).toMatchObject({ x: 5, y: 6, width: 900, height: 700, minWidth: 480, minHeight: 400 });
  });

  it('isolates and sandboxes the renderer', () => {
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('loads the given preload and enables no Blink feature', () => {
    expect(prefs?.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs?.enableBlinkFeatures).toBeUndefined();
    expect(prefs?.additionalArguments).toBeUndefined();
  });

  it('allows DevTools only when asked (development)', () => {
    expect(prefs?.devTools).toBe(false);
    const dev = createMainWindow(FakeBrowserWindow, { preloadPath: '/p.cjs', allowDevTools: true, bounds: { width: 1200, height: 800 } });
    expect(dev.options.webPreferences?.devTools).toBe(true);
  });

  it('starts hidden (shown when ready)', () => {
    expect(window.options.show).toBe(false);
  });
});
