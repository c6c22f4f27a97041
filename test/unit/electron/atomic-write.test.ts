import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/atomic-write';
import type { AtomicWriteFs } from '../../../electron/main/atomic-write';

let dir: string;
let counter = 0;
const randomId = (): string => `test-${(counter += 1)}`;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carebinder-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** node:fs, with one step replaced by a failure. */
function failingAt(step: 'writeFile' | 'sync' | 'close' | 'rename'): AtomicWriteFs {
  const boom = (): Promise<never> => Promise.reject(Object.assign(new Error(`${step} failed`), { code: 'EIO' }));
  return {
    open: async (path, flags, mode) => {
      const handle = await fs.open(path, flags, mode);
      return {
        // Half the data reaches the disk before the failure, as with a full disk.
        writeFile: (data) =>
          step === 'writeFile' ? handle.writeFile(String(data).slice(0, 3)).then(boom) : handle.writeFile(data),
        sync: () => (step === 'sync' ? boom() : handle.sync()),
        close: () => (step === 'close' ? handle.close().then(boom) : handle.close()),
      };
    },
    rename: (from, to) => (step === 'rename' ? boom() : fs.rename(from, to)),
    unlink: (path) => fs.unlink(path),
  };
}

describe('writeFileAtomic', () => {
  it('writes text as UTF-8 and bytes as they are', async () => {
    const target = join(dir, 'out.txt');
    await writeFileAtomic(fs, target, 'Größe ✓', { randomId });
    expect(await readFile(target, 'utf8')).toBe('Größe ✓');
    await writeFileAtomic(fs, target, new Uint8Array([0, 255, 1]), { randomId });
    expect([...(await readFile(target))]).toEqual([0, 255, 1]);
    expect(await readdir(dir)).toEqual(['out.txt']);
  });

  it('replaces an existing file', async () => {
    const target = join(dir, 'out.txt');
    await writeFile(target, 'old');
    await writeFileAtomic(fs, target, 'new', { randomId });
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it.each(['writeFile', 'sync', 'close', 'rename'] as const)(
    'a failure at %s leaves the previous file intact and removes the temporary file',
    async (step) => {
      const target = join(dir, 'record.pdf');
      await writeFile(target, 'previous content');
      await expect(writeFileAtomic(failingAt(step), target, 'new content that fails', { randomId })).rejects.toThrow(
        `${step} failed`,
      );
      expect(await readFile(target, 'utf8')).toBe('previous content');
      expect(await readdir(dir)).toEqual(['record.pdf']);
    },
  );

  it('creates the temporary file in the target folder, readable by the user only', async () => {
    const opened: { path: string; mode: number }[] = [];
    const spy: AtomicWriteFs = {
      open: (path, flags, mode) => {
        opened.push({ path, mode });
        return fs.open(path, flags, mode);
      },
      rename: (a, b) => fs.rename(a, b),
      unlink: (p) => fs.unlink(p),
    };
    const target = join(dir, 'x.ics');
    await writeFileAtomic(spy, target, 'BEGIN:VCALENDAR', { randomId });
    expect(opened).toHaveLength(1);
    expect(opened[0]?.path.startsWith(join(dir, '.carebinder-'))).toBe(true);
    expect(opened[0]?.mode).toBe(0o600);
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('never touches a file that happens to have the temporary name', async () => {
    const clash = join(dir, '.carebinder-fixed.tmp');
    await writeFile(clash, 'not ours');
    await expect(writeFileAtomic(fs, join(dir, 'out.txt'), 'data', { randomId: () => 'fixed' })).rejects.toThrow();
    expect(await readFile(clash, 'utf8')).toBe('not ours');
  });
});
