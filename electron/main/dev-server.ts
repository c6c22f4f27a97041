/** Hosts a development server may use. Anything else could be a page on the network. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL of the electron-vite dev server (ELECTRON_RENDERER_URL), or null. Ignored in a
 * packaged app: an environment variable must never make the shipped app load another page
 * and hand it the preload API.
 */
export function resolveDevServerUrl(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): URL | null {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url;
}
