import { describe, expect, it } from 'vitest';
import { resolveDevServerUrl } from '../../../electron/main/dev-server';
import { isRequestAllowed } from '../../../electron/main/request-filter';
import type { RequestPolicy } from '../../../electron/main/request-filter';

const packaged: RequestPolicy = { devServer: null, allowDevTools: false };
const development: RequestPolicy = { devServer: new URL('http://localhost:5173/'), allowDevTools: true };

describe('isRequestAllowed (packaged app)', () => {
  it.each([
    'app://carebinder/index.html',
    'app://carebinder/assets/argon2.wasm',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://carebinder/6f1c7a7e-1b2d-4c55-9a55-2f1f4b1a0c3e',
    // The built-in PDF viewer drawing the print preview.
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
    'chrome://resources/js/assert.js',
  ])('allows %s', (url) => {
    expect(isRequestAllowed(url, packaged)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'ftp://example.com/',
    'app://evil/index.html',
    'blob:https://example.com/6f1c7a7e',
    'devtools://devtools/bundled/inspector.html',
    'chrome://gpu',
    'chrome-extension://abc/page.html',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isRequestAllowed(url, packaged)).toBe(false);
  });
});

describe('isRequestAllowed (development)', () => {
  it('also allows the dev server, its hot-reload socket and DevTools', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', development)).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/', development)).toBe(true);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', development)).toBe(true);
    expect(isRequestAllowed('blob:http://localhost:5173/6f1c7a7e', development)).toBe(true);
  });

  it('still cancels every other host and port', () => {
    expect(isRequestAllowed('http://localhost:8080/', development)).toBe(false);
    expect(isRequestAllowed('https://localhost:5173/', development)).toBe(false);
    expect(isRequestAllowed('https://fonts.googleapis.com/css', development)).toBe(false);
  });
});

describe('resolveDevServerUrl', () => {
  it('uses ELECTRON_RENDERER_URL on loopback while not packaged', () => {
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)?.host).toBe('localhost:5173');
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).not.toBeNull();
  });

  it('ignores it in a packaged app, off loopback, or when malformed', () => {
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: 'https://example.com' }, false)).toBeNull();
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: 'http://192.168.1.20:5173' }, false)).toBeNull();
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBeNull();
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: '::' }, false)).toBeNull();
    expect(resolveDevServerUrl({}, false)).toBeNull();
  });
});
