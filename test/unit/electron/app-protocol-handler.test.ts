import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol-handler';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy';

const root = resolve('/srv/app/out/renderer');
const files = new Map<string, string>([
  [join(root, 'index.html'), '<!doctype html><title>x</title>'],
  [join(root, 'assets', 'argon2.wasm'), '\0asm'],
]);
const reads: string[] = [];

const handler = createAppProtocolHandler({
  rootDir: root,
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  readFile: async (path) => {
    reads.push(path);
    const text = files.get(path);
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  },
});

const get = (url: string, method = 'GET'): Promise<Response> => handler(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves index.html with its type, the CSP and nosniff', async () => {
    const response = await get('app://carebinder/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>');
  });

  it('serves wasm as application/wasm (needed by instantiateStreaming)', async () => {
    const response = await get('app://carebinder/assets/argon2.wasm');
    expect(response.headers.get('content-type')).toBe('application/wasm');
  });

  it('answers 404 with the CSP for missing files, other hosts and traversal, without reading outside the root', async () => {
    reads.length = 0;
    for (const url of [
      'app://carebinder/missing.js',
      'app://other/index.html',
      'app://carebinder/%2e%2e/%2e%2e/package.json',
      'app://carebinder/..%2f..%2fpackage.json',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(reads.every((path) => path.startsWith(root))).toBe(true);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://carebinder/index.html', 'POST')).status).toBe(405);
    const head = await get('app://carebinder/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 500, not the error, when reading fails otherwise', async () => {
    const failing = createAppProtocolHandler({
      rootDir: root,
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      readFile: async () => {
        throw Object.assign(new Error('EACCES: /secret/path'), { code: 'EACCES' });
      },
    });
    const response = await failing(new Request('app://carebinder/index.html'));
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('');
  });
});
