import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

const ROOT = join(import.meta.dirname, '../../..');

/** The policy in vite.renderer.ts, read as text: importing it would load Vite plugins. */
function rendererPolicy(): string {
  const source = readFileSync(join(ROOT, 'vite.renderer.ts'), 'utf8');
  const match = /CONTENT_SECURITY_POLICY\s*=\s*\[([\s\S]*?)\]\.join\('; '\)/.exec(source);
  if (match?.[1] === undefined) throw new Error('CONTENT_SECURITY_POLICY not found in vite.renderer.ts');
  const directives = [...match[1].matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]);
  return directives.join('; ');
}

describe('Content-Security-Policy', () => {
  it('is the same in the app:// header and the web build', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(rendererPolicy());
  });

  it('forbids network connections and everything not named', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain("connect-src 'none'");
    expect(directives).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});
