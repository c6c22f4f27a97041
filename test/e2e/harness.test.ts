// Self-test of the e2e harness against a small fixture site written to a temp folder:
// proves the server, the request recording/blocking, the console capture, the axe helper
// and the profile scan (with its control) work, independently of the app.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumSkipReason,
  describeHits,
  expectNoAxeViolations,
  launchBrowser,
  randomHex,
  scanForString,
  writeControlString,
  type BrowserSession,
  type WebServer,
} from './harness';
import { serveWeb } from '../../scripts/serve-web.mjs';

const skipReason = chromiumSkipReason();

const INDEX_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Fixture</title><script type="module" src="./app.js"></script></head>
<body><main><h1>Fixture</h1><p id="status">loading</p>
<button type="button" id="go">Go</button></main></body>
</html>`;

const BAD_HTML = `<!doctype html><html><head><title></title></head>
<body><img src="./pixel.png"><input type="text"></body></html>`;

const APP_JS = `
console.log('page says hello');
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
worker.onmessage = (event) => { document.getElementById('status').textContent = 'worker: ' + event.data; };
document.getElementById('go').addEventListener('click', async () => {
  try { await fetch('https://example.com/from-page'); } catch { /* blocked */ }
  const img = new Image(); img.src = 'http://203.0.113.7/beacon.png';
  document.getElementById('status').textContent = 'clicked';
});
`;

const WORKER_JS = `
console.log('worker says hello');
try { await fetch('https://example.org/from-worker'); } catch { /* blocked */ }
const local = await fetch('./data.json').then((r) => r.json());
postMessage(local.ok ? 'done' : 'bad');
`;

interface RawResponse {
  status: number;
  type: string;
  body: string;
}

/** A raw GET (no URL normalisation, unlike fetch), to try traversal paths as sent. */
function rawGet(base: string, path: string): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let site: string;
let server: WebServer;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'carebinder-e2e-fixture-'));
  site = join(base, 'site');
  await mkdir(join(site, 'assets'), { recursive: true });
  await writeFile(join(site, 'index.html'), INDEX_HTML);
  await writeFile(join(site, 'bad.html'), BAD_HTML);
  await writeFile(join(site, 'app.js'), APP_JS);
  await writeFile(join(site, 'worker.js'), WORKER_JS);
  await writeFile(join(site, 'data.json'), '{"ok":true}');
  await writeFile(join(site, 'assets', 'x.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await writeFile(join(site, 'assets', 'f.woff2'), 'font');
  await writeFile(join(site, 'assets', 's.css'), 'body{}');
  await writeFile(join(site, 'assets', 'i.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(site, 'pixel.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  await writeFile(join(base, 'secret.txt'), 'outside the root');
  await symlink(join(base, 'secret.txt'), join(site, 'link.txt'));
  server = await serveWeb({ root: site, port: 0 });
});

afterAll(async () => {
  await server?.close();
  if (site) await rm(join(site, '..'), { recursive: true, force: true });
});

describe('serve-web', () => {
  it('serves files with their MIME types on 127.0.0.1', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const expected: Record<string, string> = {
      '/': 'text/html',
      '/index.html': 'text/html',
      '/app.js': 'text/javascript',
      '/data.json': 'application/json',
      '/assets/x.wasm': 'application/wasm',
      '/assets/f.woff2': 'font/woff2',
      '/assets/s.css': 'text/css',
      '/assets/i.svg': 'image/svg+xml',
      '/pixel.png': 'image/png',
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await rawGet(server.url, path);
      expect(res.status, path).toBe(200);
      expect(res.type.split(';')[0], path).toBe(type);
    }
  });

  it('falls back to index.html for page routes, 404 for missing assets', async () => {
    const route = await rawGet(server.url, '/people/123');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Fixture</title>');
    expect((await rawGet(server.url, '/assets/missing.js')).status).toBe(404);
  });

  it('refuses paths that leave the root', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/a%00b',
      '/link.txt',
    ]) {
      const res = await rawGet(server.url, path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.body, path).not.toContain('outside the root');
    }
  });
});

describe.skipIf(skipReason)('browser harness', () => {
  if (skipReason) console.warn(`[e2e] harness.test.ts browser tests skipped: ${skipReason}`);
  let session: BrowserSession | undefined;

  afterAll(async () => {
    await session?.dispose();
  });

  it('records and blocks requests to other origins, from pages and workers; captures the console', async () => {
    session = await launchBrowser({ baseUrl: server.url });
    const { page } = session;
    await page.goto(server.url);
    await page.getByText('worker: done').waitFor();
    await page.getByRole('button', { name: 'Go' }).click();
    await page.getByText('clicked').waitFor();
    // The image request is issued asynchronously; wait for it to be recorded.
    await expect.poll(() => session!.blocked.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);

    const foreign = session.foreignRequests().map((r) => r.url);
    expect(foreign).toEqual(
      expect.arrayContaining([
        'https://example.com/from-page',
        'https://example.org/from-worker',
        'http://203.0.113.7/beacon.png',
      ]),
    );
    expect(session.blocked).toEqual(expect.arrayContaining(['https://example.org/from-worker']));
    expect(session.requests.some((r) => r.url.endsWith('/data.json'))).toBe(true);
    expect(session.consoleText()).toContain('page says hello');
    expect(session.consoleText()).toContain('worker says hello');
    expect(session.pageErrors).toEqual([]);
  });

  it('axe helper passes a clean page and lists violations of a bad one', async () => {
    const { page } = session!;
    await page.goto(server.url);
    await expectNoAxeViolations(page, 'fixture');
    await page.goto(new URL('bad.html', server.url).href);
    const error = await expectNoAxeViolations(page, 'bad fixture').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('on the "bad fixture" screen');
    expect(message).toMatch(/image-alt/);
    expect(message).toMatch(/html-has-lang/);
    expect(message).toMatch(/label/);
  });

  it('profile scan finds a control string written to IndexedDB, and not a string never written', async () => {
    const { page } = session!;
    await page.goto(server.url);
    const control = `Control-${randomHex(8)}`;
    const absent = `Canary-${randomHex(8)}`;
    await writeControlString(page, control);
    await session!.close();

    const found = await scanForString(session!.userDataDir, control);
    expect(found.filesScanned.length).toBeGreaterThan(10);
    expect(found.hits.length, 'control string not found in the profile').toBeGreaterThan(0);
    expect(found.hits.some((h) => h.file.includes('IndexedDB')), describeHits(found.hits)).toBe(true);

    const missing = await scanForString(session!.userDataDir, absent);
    expect(missing.hits, describeHits(missing.hits)).toEqual([]);
  });

});

describe('profile scan', () => {
  it('matches UTF-16LE as well as UTF-8', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'carebinder-e2e-scan-'));
    try {
      const needle = `Needle-${randomHex(6)}`;
      await mkdir(join(dir, 'a', 'b'), { recursive: true });
      await writeFile(join(dir, 'a', 'b', 'wide.bin'), Buffer.concat([Buffer.from([1, 2, 3]), Buffer.from(needle, 'utf16le')]));
      await writeFile(join(dir, 'narrow.txt'), `xx${needle}yy`);
      await writeFile(join(dir, 'none.txt'), 'nothing here');
      const result = await scanForString(dir, needle);
      expect(result.hits).toEqual([
        { file: join('a', 'b', 'wide.bin'), encodings: ['utf16le'] },
        { file: 'narrow.txt', encodings: ['utf8'] },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
