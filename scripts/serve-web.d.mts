// Types for scripts/serve-web.mjs, so TypeScript code (the e2e harness) can import it.

export interface WebServer {
  /** Base URL, e.g. "http://127.0.0.1:5180/" (always ends in "/"). */
  url: string;
  port: number;
  /** The absolute, real path being served. */
  root: string;
  close(): Promise<void>;
}

export interface ServeWebOptions {
  /** Folder to serve; default "out/web". */
  root?: string;
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
}

export const MIME_TYPES: Readonly<Record<string, string>>;
export function contentTypeFor(fileName: string): string;
export function resolveRequestPath(root: string, urlPath: string): string | null;
export function serveWeb(options?: ServeWebOptions): Promise<WebServer>;
export function serveWebPreferring(options: { root: string; port: number }): Promise<WebServer>;
