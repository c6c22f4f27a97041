import fc from 'fast-check';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type ReadLimits } from '../../../../shared/import/bundle';
import { SafeZip } from '../../../../shared/import/zip/safe-unzip';
import { unsafePathReason } from '../../../../shared/import/zip/safe-path';
import { corruptedZip, lyingSizeZip, manyEntriesZip, unsafeNameZip } from '../../../fixtures/import/zip/hostile-zips';
import { FIXTURES, readBytes } from '../fixture-paths';

async function readAll(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS) {
  const opened = SafeZip.open(bytes, limits);
  if (!opened.ok) return opened;
  const files: Record<string, Uint8Array> = {};
  for (const entry of opened.value.files()) {
    const read = await opened.value.read(entry);
    if (!read.ok) return read;
    files[entry.name] = read.value;
  }
  return { ok: true as const, files };
}

describe('safe unzip', () => {
  it('reads back exactly what was zipped, stored or deflated, whatever the content', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_/]{0,20}[a-z0-9]$/), fc.uint8Array({ maxLength: 5000 }), { maxKeys: 6 }),
        fc.constantFrom(0, 6),
        async (files, level) => {
          const names = Object.keys(files).filter((name) => !Object.keys(files).some((other) => other.startsWith(`${name}/`)));
          const input: Zippable = Object.fromEntries(names.map((name) => [name, files[name]!]));
          const result = await readAll(zipSync(input, { level: level as 0 | 6 }));
          expect(result.ok).toBe(true);
          if (result.ok) for (const name of names) expect(result.files[name]).toEqual(files[name]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    ['bomb-300mb.zip', 'zip-bomb'],
    ['lying-size.zip', 'zip-bomb'],
    ['dot-dot-path.zip', 'zip-unsafe-path'],
    ['absolute-path.zip', 'zip-unsafe-path'],
    ['backslash-path.zip', 'zip-unsafe-path'],
    ['drive-letter-path.zip', 'zip-unsafe-path'],
    ['1001-entries.zip', 'zip-too-many-entries'],
    ['truncated-xdm.zip', 'truncated'],
  ])('refuses %s with %s in under 2 seconds', async (file, code) => {
    const started = performance.now();
    const result = await readAll(readBytes(join(FIXTURES, 'zip', file)));
    expect(result.ok ? 'read' : result.error.code).toBe(code);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('counts real inflated bytes: a header claiming a small size cannot smuggle a large entry', async () => {
    const twentyMb = new Uint8Array(20 * 1024 * 1024).fill(0x41);
    const result = await readAll(lyingSizeZip(twentyMb, 100));
    expect(result.ok ? 'read' : result.error.code).toBe('zip-bomb');
  });

  it('refuses an entry whose real size differs from its claim even when small', async () => {
    const result = await readAll(lyingSizeZip(strToU8('<ClinicalDocument/>'.repeat(50)), 100));
    expect(result.ok ? 'read' : result.error.code).toBe('zip-corrupt');
  });

  it('stops at the total inflated limit across entries, each entry well within the ratio', async () => {
    const files: Zippable = {};
    let seed = 7;
    for (let i = 0; i < 4; i += 1) {
      // Pseudo-random bytes barely compress: every entry is honest, only the sum is too much.
      files[`part${i}.bin`] = Uint8Array.from({ length: 300_000 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    }
    const result = await readAll(zipSync(files), { ...DEFAULT_LIMITS, maxInflatedBytes: 1_000_000 });
    expect(result.ok ? 'read' : result.error.code).toBe('zip-bomb');
  });

  it('refuses a damaged entry (checksum or deflate data) as zip-corrupt', async () => {
    const zip = zipSync({ 'DOC0001.XML': strToU8('<ClinicalDocument xmlns="urn:hl7-org:v3">'.repeat(400)) });
    const result = await readAll(corruptedZip(zip));
    expect(result.ok ? 'read' : result.error.code).toBe('zip-corrupt');
  });

  it('allows exactly the entry limit and refuses one more', async () => {
    const limits = { ...DEFAULT_LIMITS, maxZipEntries: 20 };
    expect((await readAll(manyEntriesZip(20), limits)).ok).toBe(true);
    const over = await readAll(manyEntriesZip(21), limits);
    expect(over.ok ? 'read' : over.error.code).toBe('zip-too-many-entries');
  });

  it('holds one entry to a size cap on its real bytes, whatever its header claims', async () => {
    // Under the 1 MB ratio grace: only the size cap can stop it.
    const text = strToU8('<ClinicalDocument xmlns="urn:hl7-org:v3">'.repeat(20_000));
    for (const zip of [zipSync({ 'DOC.XML': text }), lyingSizeZip(text, 100)]) {
      const opened = SafeZip.open(zip, DEFAULT_LIMITS);
      if (!opened.ok) throw new Error(opened.error.message);
      const entry = opened.value.files()[0]!;
      const capped = await opened.value.read(entry, undefined, 100_000);
      expect(capped.ok ? 'read' : capped.error.code).toBe('too-large');
    }
    const opened = SafeZip.open(zipSync({ 'DOC.XML': text }), DEFAULT_LIMITS);
    if (!opened.ok) throw new Error(opened.error.message);
    const whole = await opened.value.read(opened.value.files()[0]!, undefined, text.length);
    expect(whole.ok && whole.value.length).toBe(text.length);
  });

  it('opens a table of contents beyond the ordinary entry limit only when asked to, still checking every name', async () => {
    expect(SafeZip.open(manyEntriesZip(1500), DEFAULT_LIMITS).ok).toBe(false);
    const larger = SafeZip.open(manyEntriesZip(1500), DEFAULT_LIMITS, 2000);
    expect(larger.ok && larger.value.files().length).toBe(1500);
    const unsafe = SafeZip.open(unsafeNameZip('a/../../b.xml'), DEFAULT_LIMITS, 2000);
    expect(unsafe.ok ? 'read' : unsafe.error.code).toBe('zip-unsafe-path');
  });

  it('refuses unsafe names wherever they are in the archive', async () => {
    for (const name of ['a/../../b.xml', '/abs.xml', 'x\\y.xml', 'D:\\z.xml', 'c:relative.xml']) {
      const result = await readAll(unsafeNameZip(name));
      expect(result.ok ? 'read' : result.error.code, name).toBe('zip-unsafe-path');
    }
  });

  it('accepts ordinary names, dots included', () => {
    for (const name of ['IHE_XDM/SUBSET01/DOC0001.XML', 'b6/Newman__Alicia_Jones.xml', 'a/..b/c..xml', '.DS_Store']) {
      expect(unsafePathReason(name), name).toBeNull();
    }
  });

  it('names a file that is not a zip at all, or only its first bytes, as truncated', async () => {
    for (const bytes of [strToU8('PK\u0003\u0004'), new Uint8Array(10)]) {
      const result = await readAll(bytes);
      expect(result.ok ? 'read' : result.error.code).toBe('truncated');
    }
  });

  it('stops inflating when cancelled', async () => {
    const big = zipSync({ 'export.xml': [new Uint8Array(30 * 1024 * 1024).fill(0x20), { level: 1 }] });
    const opened = SafeZip.open(big, { ...DEFAULT_LIMITS, maxCompressionRatio: 10_000 });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const controller = new AbortController();
    let seen = 0;
    const result = await opened.value.stream(opened.value.files()[0]!, (chunk) => {
      seen += chunk.length;
      if (seen > 1024 * 1024) controller.abort();
    }, { retained: false, signal: controller.signal });
    expect(result.ok ? 'read' : result.error.code).toBe('cancelled');
    expect(seen).toBeLessThan(30 * 1024 * 1024);
  });
});
