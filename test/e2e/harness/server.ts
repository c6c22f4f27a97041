import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveWeb, type WebServer } from '../../../scripts/serve-web.mjs';
import { WEB_BUILD_DIR } from './env';

export type { WebServer };

/**
 * Serves the web build (out/web) on a free port of 127.0.0.1.
 * `npm run test:e2e` builds it first; running vitest directly needs `npm run build:web`.
 */
export async function startWebServer(root: string = WEB_BUILD_DIR): Promise<WebServer> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${join(root, 'index.html')} is missing: run \`npm run build:web\` first (npm run test:e2e does)`);
  }
  return serveWeb({ root, port: 0 });
}
