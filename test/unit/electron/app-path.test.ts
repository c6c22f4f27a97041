import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../electron/main/app-path';

const root = resolve('/srv/app/out/renderer');

describe('resolveAppPath', () => {
  it('maps / to index.html and nested paths under the root', () => {
    expect(resolveAppPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, '/assets/index-abc123.js')).toBe(join(root, 'assets', 'index-abc123.js'));
    expect(resolveAppPath(root, '/assets/My%20Font.woff2')).toBe(join(root, 'assets', 'My Font.woff2'));
  });

  it.each([
    '/../secret',
    '/assets/../../secret',
    '/%2e%2e/secret',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/..%5c..%5cwindows%5cwin.ini',
    '/assets\\..\\..\\secret',
    '//etc/passwd',
    '/%2fetc/passwd',
    '/C:/Windows/win.ini',
    '/C%3A%5CWindows',
    '/index.html%00.png',
    '/./index.html',
    '/assets/',
    '/%E0%A4%A',
    'index.html',
  ])('refuses %s', (pathname) => {
    expect(resolveAppPath(root, pathname)).toBeNull();
  });
});
