#!/usr/bin/env node
// A tiny static file server for the web build (out/web), with no dependency.
//
//   node scripts/serve-web.mjs [--root out/web] [--port 5180]
//
// or, from code:
//
//   const { url, close } = await serveWeb({ root: 'out/web', port: 0 });
//
// It listens on 127.0.0.1 only, answers GET and HEAD, refuses paths that leave the root,
// and falls back to index.html for page routes (paths without a file extension) so the
// single-page app can handle them. Missing assets (paths with an extension) are 404s.

import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';

export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
});

/** The Content-Type for a file name; unknown extensions are served as opaque bytes. */
export function contentTypeFor(fileName) {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `child` is `parent` or lies inside it (both absolute, normalized). */
function isInside(parent, child) {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Maps a request URL path to a file under `root`, or returns null when the path is
 * malformed or would leave the root (`..`, encoded slashes or backslashes, NUL bytes).
 */
export function resolveRequestPath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return null;
  const file = resolve(root, '.' + sep + segments.filter((s) => s !== '' && s !== '.').join(sep));
  return isInside(root, file) ? file : null;
}

async function fileIfExists(root, file) {
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    // A symbolic link inside the root must not lead outside it.
    const real = await realpath(file);
    return isInside(root, real) ? { file: real, size: info.size } : null;
  } catch {
    return null;
  }
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function createHandler(root) {
  return async (req, res) => {
    const common = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed\n', { ...common, Allow: 'GET, HEAD' });
      return;
    }
    let pathname;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      send(res, 400, 'Bad request\n', common);
      return;
    }
    // Checked on the raw path too: URL parsing already folds `/../` away.
    const raw = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (/(^|\/|%2f|%5c|\\)(\.\.|%2e%2e|\.%2e|%2e\.)(\/|%2f|%5c|\\|$)/i.test(raw)) {
      send(res, 403, 'Forbidden\n', common);
      return;
    }
    const target = resolveRequestPath(root, pathname);
    if (target === null) {
      send(res, 403, 'Forbidden\n', common);
      return;
    }
    let found = await fileIfExists(root, target);
    if (found === null && pathname.endsWith('/')) {
      found = await fileIfExists(root, join(target, 'index.html'));
    }
    if (found === null && extname(pathname) === '') {
      // Single-page app: page routes are handled by index.html.
      found = await fileIfExists(root, join(root, 'index.html'));
    }
    if (found === null) {
      send(res, 404, 'Not found\n', common);
      return;
    }
    res.writeHead(200, {
      ...common,
      'Content-Type': contentTypeFor(found.file),
      'Content-Length': found.size,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
}

/**
 * Serves `root` on http://127.0.0.1:<port>/. Port 0 (the default) picks a free port.
 * Resolves once listening, with the base URL (ending in "/") and a close function.
 */
export async function serveWeb({ root = 'out/web', port = 0 } = {}) {
  const absoluteRoot = await realpath(resolve(root)).catch(() => {
    throw new Error(`serve-web: ${resolve(root)} does not exist (run \`npm run build:web\` first)`);
  });
  const server = createServer(createHandler(absoluteRoot));
  // Keep-alive sockets would hold close() open; tests open and close servers often.
  server.keepAliveTimeout = 1000;
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, () => {
      server.off('error', fail);
      ok(undefined);
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('serve-web: no TCP address');
  const url = `http://${HOST}:${address.port}/`;
  const close = () =>
    new Promise((ok) => {
      server.close(() => ok(undefined));
      server.closeAllConnections();
    });
  return { url, port: address.port, root: absoluteRoot, close };
}

function parseArgs(argv) {
  const options = { root: 'out/web', port: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--root') options.root = value();
    else if (flag === '--port') options.port = Number(value());
    else if (flag === '--help' || flag === '-h') options.help = true;
    else throw new Error(`serve-web: unknown argument ${arg}`);
  }
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port >= 0 && options.port < 65536)) {
    throw new Error('serve-web: --port must be a number from 0 to 65535');
  }
  return options;
}

/**
 * Serves on the preferred port, or on a free one when that is taken.
 * Used by the command line and by `npm start`.
 */
export async function serveWebPreferring({ root, port }) {
  try {
    return await serveWeb({ root, port });
  } catch (error) {
    if (error && error.code === 'EADDRINUSE' && port !== 0) return serveWeb({ root, port: 0 });
    throw error;
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log('Usage: node scripts/serve-web.mjs [--root out/web] [--port 5180]');
    return;
  }
  const explicitPort = options.port ?? (process.env.PORT ? Number(process.env.PORT) : undefined);
  const server =
    explicitPort !== undefined
      ? await serveWeb({ root: options.root, port: explicitPort })
      : await serveWebPreferring({ root: options.root, port: 5180 });
  console.log(server.url);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
