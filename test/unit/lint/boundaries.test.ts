import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a snippet as if it were a file at `filePath`, and returns the rules that fired. */
async function rulesFiredFor(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

describe('Process boundaries are enforced by lint', () => {
  it.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;"],
    ['shared/x.ts', "import { readFileSync } from 'fs';\nexport const a = readFileSync;"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['shared/x.ts', "import { useState } from 'react';\nexport const a = useState;"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['renderer/src/x.ts', "import { x } from '../../electron/main/index';\nexport const a = x;"],
    ['renderer/src/x.ts', "import { join } from 'node:path';\nexport const a = join;"],
    ['electron/main/x.ts', "import https from 'node:https';\nexport const a = https;"],
    ['electron/main/x.ts', "import { net } from 'electron';\nexport const a = net.request;"],
  ])('%s refuses: %s', async (file, code) => {
    const fired = await rulesFiredFor(file, code);
    expect(fired.some((rule) => rule.startsWith('no-restricted'))).toBe(true);
  });

  it.each([
    ['shared/x.ts', "const w = window;\nexport default w;"],
    ['shared/x.ts', "export const f = () => fetch('x');"],
    ['renderer/src/x.ts', "export const f = () => fetch('x');"],
  ])('%s refuses DOM-only or network globals: %s', async (file, code) => {
    expect(await rulesFiredFor(file, code)).toContain('no-restricted-globals');
  });

  it('allows what each side is meant to use', async () => {
    expect(await rulesFiredFor('shared/x.ts', "import { z } from 'zod';\nimport { utf8 } from './util/bytes';\nexport const a = [z, utf8];")).toEqual([]);
    expect(await rulesFiredFor('renderer/src/x.ts', "import { utf8 } from '../../shared/util/bytes';\nexport const a = utf8;")).toEqual([]);
  });
});
