import { isAppUrl } from './app-origin';
import { resolveAppPath } from './app-path';
import { mimeTypeFor } from './mime-types';

export interface AppProtocolOptions {
  /** Folder holding the built renderer (out/renderer). */
  rootDir: string;
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
  contentSecurityPolicy: string;
}

/** Headers sent with every app:// response, including errors. */
function baseHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

function isMissingFile(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/**
 * The handler for protocol.handle('app', …): serves files of the renderer build, read-only.
 * Written against the Fetch API Request/Response so it runs (and is tested) in plain Node.
 */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const headers = baseHeaders(options.contentSecurityPolicy);
  const status = (code: number): Response => new Response(null, { status: code, headers });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return status(405);

    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return status(400);
    }
    if (!isAppUrl(url)) return status(404);

    const filePath = resolveAppPath(options.rootDir, url.pathname);
    if (filePath === null) return status(404);

    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await options.readFile(filePath);
    } catch (error) {
      return status(isMissingFile(error) ? 404 : 500);
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...headers, 'Content-Type': mimeTypeFor(filePath) },
    });
  };
}
