import { APP_ORIGIN, isAppUrl } from './app-origin';

export interface RequestPolicy {
  /** The dev server, only while developing; null in a packaged app. */
  devServer: URL | null;
  /** DevTools pages load from devtools://; allowed only when DevTools are. */
  allowDevTools: boolean;
}

/** blob: URLs carry their creator's origin; only our own pages' blobs are ours. */
function isOwnBlob(url: URL, policy: RequestPolicy): boolean {
  const inner = url.href.slice('blob:'.length);
  return (
    inner.startsWith(`${APP_ORIGIN}/`) ||
    (policy.devServer !== null && inner.startsWith(`${policy.devServer.origin}/`))
  );
}

/** The dev server's page over http: and its hot-reload socket over ws: (same host and port). */
function isDevServer(url: URL, devServer: URL): boolean {
  return (url.protocol === 'http:' || url.protocol === 'ws:') && url.host === devServer.host;
}

/**
 * Chromium's built-in PDF viewer, which draws the print preview of our own blob: PDFs: an
 * extension inside the browser and the resources it is made of, never the network.
 */
const PDF_VIEWER_PREFIXES = ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/', 'chrome://resources/'];

/**
 * Whether the session lets a request through (webRequest.onBeforeRequest). The app works
 * offline by design (SECURITY.md #15): only its own files are allowed. data: and own blob:
 * URLs are local and are named in the CSP (images, the PDF preview frame).
 */
export function isRequestAllowed(rawUrl: string, policy: RequestPolicy): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (PDF_VIEWER_PREFIXES.some((prefix) => url.href.startsWith(prefix))) return true;
  switch (url.protocol) {
    case 'app:':
      return isAppUrl(url);
    case 'data:':
      return true;
    case 'blob:':
      return isOwnBlob(url, policy);
    case 'devtools:':
      return policy.allowDevTools;
    default:
      return policy.devServer !== null && isDevServer(url, policy.devServer);
  }
}
