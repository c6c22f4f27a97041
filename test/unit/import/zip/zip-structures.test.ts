import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../../shared/import/bundle';
import { SafeZip } from '../../../../shared/import/zip/safe-unzip';
import { manyEntriesZip } from '../../../fixtures/import/zip/hostile-zips';

/** Byte surgery on a one-entry zip from fflate: where its parts start. */
function layout(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  const directory = view.getUint32(eocd + 16, true);
  return { view, eocd, directory, directorySize: view.getUint32(eocd + 12, true) };
}

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** Rewrites a one-entry zip the way zip64 writers do: sizes in the 0x0001 extra field, a zip64 end record. */
function toZip64(zip: Uint8Array): Uint8Array {
  const { view, directory } = layout(zip);
  const nameLength = view.getUint16(directory + 28, true);
  const compressed = view.getUint32(directory + 20, true);
  const size = view.getUint32(directory + 24, true);
  const entry = zip.slice(directory, directory + 46 + nameLength);
  const entryView = new DataView(entry.buffer);
  entryView.setUint32(20, 0xffffffff, true);
  entryView.setUint32(24, 0xffffffff, true);
  entryView.setUint16(30, 20, true);
  const extra = new Uint8Array(20);
  const extraView = new DataView(extra.buffer);
  extraView.setUint16(0, 0x0001, true);
  extraView.setUint16(2, 16, true);
  extraView.setBigUint64(4, BigInt(size), true);
  extraView.setBigUint64(12, BigInt(compressed), true);
  const newDirectory = concat(entry, extra);
  const zip64End = new Uint8Array(56);
  const endView = new DataView(zip64End.buffer);
  endView.setUint32(0, 0x06064b50, true);
  endView.setBigUint64(4, 44n, true);
  endView.setBigUint64(24, 1n, true);
  endView.setBigUint64(32, 1n, true);
  endView.setBigUint64(40, BigInt(newDirectory.length), true);
  endView.setBigUint64(48, BigInt(directory), true);
  const locator = new Uint8Array(20);
  const locatorView = new DataView(locator.buffer);
  locatorView.setUint32(0, 0x07064b50, true);
  locatorView.setBigUint64(8, BigInt(directory + newDirectory.length), true);
  locatorView.setUint32(16, 1, true);
  const end = new Uint8Array(22);
  const eView = new DataView(end.buffer);
  eView.setUint32(0, 0x06054b50, true);
  eView.setUint16(8, 0xffff, true);
  eView.setUint16(10, 0xffff, true);
  eView.setUint32(12, 0xffffffff, true);
  eView.setUint32(16, 0xffffffff, true);
  return concat(zip.subarray(0, directory), newDirectory, zip64End, locator, end);
}

describe('zip structures', () => {
  const text = '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Visit</title></ClinicalDocument>'.repeat(20);

  it('reads zip64 records (sizes in the extra field, a zip64 end of directory)', async () => {
    const zip = toZip64(zipSync({ 'DOC0001.XML': strToU8(text) }));
    const opened = SafeZip.open(zip, DEFAULT_LIMITS);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const read = await opened.value.read(opened.value.files()[0]!);
    expect(read.ok && new TextDecoder().decode(read.value)).toBe(text);
  });

  it('refuses entries that share compressed bytes (an overlapping zip bomb)', () => {
    const zip = zipSync({ 'DOC0001.XML': strToU8(text) });
    const { view, eocd, directory, directorySize } = layout(zip);
    const entry = zip.slice(directory, directory + directorySize);
    // A second central-directory record, another name, the same local header.
    const twin = entry.slice();
    twin[46] = 'E'.charCodeAt(0);
    const end = zip.slice(eocd);
    const endView = new DataView(end.buffer);
    endView.setUint16(8, 2, true);
    endView.setUint16(10, 2, true);
    endView.setUint32(12, directorySize * 2, true);
    const bomb = concat(zip.subarray(0, directory), entry, twin, end);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const opened = SafeZip.open(bomb, DEFAULT_LIMITS);
    expect(opened.ok ? 'read' : opened.error.code).toBe('zip-bomb');
  });

  it('refuses a zip64 end record that is missing', () => {
    const zip = zipSync({ 'DOC0001.XML': strToU8(text) });
    const { eocd } = layout(zip);
    const broken = zip.slice();
    new DataView(broken.buffer).setUint16(eocd + 10, 0xffff, true);
    const opened = SafeZip.open(broken, DEFAULT_LIMITS);
    expect(opened.ok ? 'read' : opened.error.code).toBe('zip-corrupt');
  });

  it('finds every entry when the end record’s 16-bit count has wrapped (no zip64), and counts them all', () => {
    const zip = manyEntriesZip(30);
    const { view, eocd } = layout(zip);
    // 65,566 entries written without zip64 leave 30 in the count; here 30 are left as 5.
    view.setUint16(eocd + 8, 5, true);
    view.setUint16(eocd + 10, 5, true);
    const opened = SafeZip.open(zip, DEFAULT_LIMITS);
    expect(opened.ok && opened.value.files().length).toBe(30);
    const limited = SafeZip.open(zip, { ...DEFAULT_LIMITS, maxZipEntries: 20 });
    expect(limited.ok ? 'read' : limited.error.code).toBe('zip-too-many-entries');
  });
});
