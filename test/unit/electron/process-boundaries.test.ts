import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

interface ImportStatement {
  specifier: string;
  typeOnly: boolean;
  names: string[];
}

/** Static imports and re-exports of a TypeScript file (the code base uses no require or import()). */
function importsOf(file: string): ImportStatement[] {
  const source = readFileSync(file, 'utf8');
  const statements: ImportStatement[] = [];
  const pattern = /^\s*(?:import|export)\s+(type\s+)?(?:([\s\S]*?)\s+from\s+)?'([^']+)';?/gm;
  for (const match of source.matchAll(pattern)) {
    const clause = match[2] ?? '';
    const names = [...clause.replace(/^[^{]*\{|\}.*$/gs, '').matchAll(/(?:type\s+)?(\w+)(?:\s+as\s+\w+)?/g)].map(
      (m) => m[1] ?? '',
    );
    statements.push({ specifier: match[3] ?? '', typeOnly: match[1] !== undefined, names });
  }
  return statements;
}

function resolveLocal(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  return base.endsWith('.ts') ? base : `${base}.ts`;
}

/** Every bare module a file loads at run time, following its relative (non-type) imports. */
function runtimeModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const modules = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const statement of importsOf(file)) {
      if (statement.typeOnly) continue;
      if (statement.specifier.startsWith('.')) visit(resolveLocal(file, statement.specifier));
      else modules.add(statement.specifier);
    }
  };
  visit(entry);
  return modules;
}

/** Naive, but enough for our own files: drops block comments and whole-line comments. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('process boundaries', () => {
  it('the sandboxed preload loads nothing but electron at run time', () => {
    expect([...runtimeModules(join(ROOT, 'electron/preload/index.ts'))]).toEqual(['electron']);
  });

  it('shared/ipc is pure: zod and its own files only', () => {
    for (const file of tsFiles(join(ROOT, 'shared/ipc'))) {
      for (const { specifier } of importsOf(file)) {
        expect(specifier === 'zod' || specifier.startsWith('./'), `${relative(ROOT, file)} imports ${specifier}`).toBe(true);
      }
    }
  });

  it('the main process has no network module, crash reporter or auto-updater (SECURITY.md #15)', () => {
    const forbiddenModules = /^(node:)?(http|https|http2|net|tls|dgram|dns)$|^(undici|got|axios|node-fetch|electron-updater)$/;
    const forbiddenElectron = new Set(['net', 'netLog', 'crashReporter', 'autoUpdater']);
    for (const file of [...tsFiles(join(ROOT, 'electron/main')), ...tsFiles(join(ROOT, 'electron/preload'))]) {
      const where = relative(ROOT, file);
      for (const { specifier, names } of importsOf(file)) {
        expect(forbiddenModules.test(specifier), `${where} imports ${specifier}`).toBe(false);
        if (specifier === 'electron') {
          expect(names.filter((name) => forbiddenElectron.has(name)), where).toEqual([]);
        }
      }
      expect(withoutComments(readFileSync(file, 'utf8')), `${where} calls fetch`).not.toMatch(/\bfetch\s*\(/);
    }
  });

  it('the import scanner sees named imports (guards the test above)', () => {
    const main = importsOf(join(ROOT, 'electron/main/index.ts')).find((s) => s.specifier === 'electron' && !s.typeOnly);
    expect(main?.names).toEqual(expect.arrayContaining(['app', 'BrowserWindow', 'protocol', 'session']));
  });
});
