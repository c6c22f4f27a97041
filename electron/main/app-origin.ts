import type { CustomScheme } from 'electron';

/**
 * The renderer is served from app://carebinder/. The origin is part of the user's data:
 * IndexedDB (the vault) is keyed by it, so these two names must never change.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'carebinder';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs, a real origin and storage; secure: a secure context (WebCrypto);
 * supportFetchAPI: fetch() of the app's own files (wasm, locale files).
 * Not corsEnabled (it would let other origins read app:// responses), not bypassCSP.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** True for URLs on the app origin. Compares parts: Node gives non-special schemes an opaque origin. */
export function isAppUrl(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}
