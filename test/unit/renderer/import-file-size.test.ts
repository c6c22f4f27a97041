import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../shared/import/bundle';
import { EXPORT_XML_HEADER } from '../../fixtures/import/apple-health/apple-export';
import { fileSizeRefusal } from '../../../renderer/src/features/import/file-size-check';
import { READ_TIME_LIMIT_MS, readTimeLimitMs } from '../../../renderer/src/features/import/read-in-worker';

const MB = 1024 * 1024;
const ZIP_HEAD = [0x50, 0x4b, 0x03, 0x04];

/** A file of `size` bytes that only has its head: what was asked of it is recorded. */
function largeFile(size: number, head: number[]) {
  const slices: [number | undefined, number | undefined][] = [];
  return {
    slices,
    file: {
      size,
      slice: (start?: number, end?: number) => {
        slices.push([start, end]);
        return new Blob([new Uint8Array(head).slice(start, end)]);
      },
    },
  };
}

describe('import file size check (before the file is read into memory)', () => {
  it('lets an ordinary-size file through without looking at it', async () => {
    const { file, slices } = largeFile(DEFAULT_LIMITS.maxFileBytes, [0x3c]);
    expect(await fileSizeRefusal(file)).toBeNull();
    expect(slices).toEqual([]);
  });

  it('lets a zip up to Apple Health’s export limit through, reading only its head', async () => {
    const { file, slices } = largeFile(700 * MB, ZIP_HEAD);
    expect(await fileSizeRefusal(file)).toBeNull();
    expect(slices).toEqual([[0, 64 * 1024]]);
  });

  it('names a large Apple Health export.xml picked on its own, so the person picks export.zip', async () => {
    const head = [...new TextEncoder().encode(EXPORT_XML_HEADER)];
    expect((await fileSizeRefusal(largeFile(300 * MB, head).file))?.code).toBe('apple-xml-alone');
  });

  it('refuses a zip over the export limit, and any other large file', async () => {
    expect((await fileSizeRefusal(largeFile(DEFAULT_LIMITS.appleHealth.maxArchiveBytes + 1, ZIP_HEAD).file))?.code).toBe('too-large');
    expect((await fileSizeRefusal(largeFile(DEFAULT_LIMITS.maxFileBytes + 1, [0x3c, 0x3f, 0x78, 0x6d]).file))?.code).toBe('too-large');
  });

  it('gives a large export more time to read, and ordinary files the ordinary limit', () => {
    expect(readTimeLimitMs(DEFAULT_LIMITS.maxFileBytes)).toBe(READ_TIME_LIMIT_MS);
    expect(readTimeLimitMs(DEFAULT_LIMITS.maxFileBytes + 300 * MB)).toBeGreaterThan(READ_TIME_LIMIT_MS + 300 * 1000);
  });
});
