/**
 * Content types for the files the renderer build emits. An explicit table rather than a
 * guess: a wrong type for .wasm breaks WebAssembly.instantiateStreaming, and with
 * `X-Content-Type-Options: nosniff` a wrong type for .js or .css stops the page.
 */
const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  map: 'application/json',
  wasm: 'application/wasm',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  otf: 'font/otf',
  txt: 'text/plain; charset=utf-8',
};

/** Served for anything not in the table; with nosniff the browser will not execute it. */
export const FALLBACK_MIME_TYPE = 'application/octet-stream';

export function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extensionOf(filePath)] ?? FALLBACK_MIME_TYPE;
}

/** The extension for a content type, for a file name that has none (e.g. application/pdf → pdf). */
const EXTENSIONS_BY_MIME_TYPE: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'text/calendar': 'ics',
  'application/json': 'json',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'application/zip': 'zip',
  'text/html': 'html',
  'image/png': 'png',
};

export function extensionForMimeType(mimeType: string): string {
  return EXTENSIONS_BY_MIME_TYPE[mimeType.toLowerCase()] ?? '';
}
