import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COUNT_KEYS } from '../../../../shared/import/bundle';
import { readImportFile } from '../../../../shared/import/read-import-file';
import { humanSummary, inspectReport } from '../../../../scripts/inspect';
import { FIXTURES, REPO_ROOT, readBytes } from '../fixture-paths';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(TSX, ['scripts/inspect.ts', ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('npm run inspect', () => {
  it('prints the issue’s JSON shape for a package that was read', async () => {
    const result = await readImportFile(readBytes(join(FIXTURES, 'xdm/multi-document-xdm.zip')), 'multi-document-xdm.zip');
    const report = inspectReport(result);
    expect(Object.keys(report)).toEqual(['format', 'documents', 'person', 'counts', 'warnings', 'error']);
    expect(Object.keys(report.counts)).toEqual([...COUNT_KEYS]);
    expect(report).toMatchObject({ format: 'xdm', documents: 3, person: { name: 'Rosa Testperson', birthDate: '1948-03-12' }, error: null });
    expect(report.counts).toMatchObject({ medications: 7, allergies: 4, problems: 5 });
  });

  it('summarises for people without naming medicines, allergies or problems', async () => {
    const result = await readImportFile(readBytes(join(FIXTURES, 'xdm/multi-document-xdm.zip')), 'multi-document-xdm.zip');
    const text = humanSummary('multi-document-xdm.zip', result);
    expect(text).toMatch(/IHE XDM package/);
    expect(text).toMatch(/medications\s+7/);
    expect(text).not.toMatch(/lisinopril|penicillin|hypertensive/i);
  });

  it('exits 0 with --json when the file is read, 1 with the error when it is refused', async () => {
    const read = await cli(join(FIXTURES, 'apple-health/export.zip'), '--json');
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ format: 'apple-health', documents: 5, error: null });
    const refused = await cli(join(FIXTURES, 'zip/dot-dot-path.zip'), '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ format: null, error: { code: 'zip-unsafe-path' } });
  }, 90_000);
});
