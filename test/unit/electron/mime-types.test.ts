import { describe, expect, it } from 'vitest';
import { extensionForMimeType, FALLBACK_MIME_TYPE, mimeTypeFor } from '../../../electron/main/mime-types';

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['locales/en/common.json', 'application/json'],
    ['assets/argon2-abc.wasm', 'application/wasm'],
    ['assets/Inter.woff2', 'font/woff2'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/icon.PNG', 'image/png'],
  ])('%s → %s', (path, type) => {
    expect(mimeTypeFor(path)).toBe(type);
  });

  it('falls back to an inert type for unknown or missing extensions', () => {
    expect(mimeTypeFor('assets/file.exe')).toBe(FALLBACK_MIME_TYPE);
    expect(mimeTypeFor('LICENSE')).toBe(FALLBACK_MIME_TYPE);
    expect(mimeTypeFor('.htaccess')).toBe(FALLBACK_MIME_TYPE);
  });

  it('finds an extension for the content types the app saves', () => {
    expect(extensionForMimeType('application/pdf')).toBe('pdf');
    expect(extensionForMimeType('text/calendar')).toBe('ics');
    expect(extensionForMimeType('application/x-unknown')).toBe('');
  });
});
