import { importError, type ImportError } from '../bundle';
import { unsafePathReason } from './safe-path';

/** One entry as the central directory describes it (sizes are claims, checked while inflating). */
export interface ZipEntry {
  name: string;
  isDirectory: boolean;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  encrypted: boolean;
  crc32: number;
  compressedSize: number;
  declaredSize: number;
  /** Offset of the entry's local header in the archive. */
  localOffset: number;
  /** Offset of the entry's compressed bytes in the archive (after its local header). */
  dataOffset: number;
}

export type DirectoryResult = { ok: true; entries: ZipEntry[] } | { ok: false; error: ImportError };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_COMMENT = 0xffff;

const utf8 = new TextDecoder('utf-8');

/** Little-endian 64-bit field as a number; zips beyond 2^53 bytes are not real files. */
function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x1_0000_0000;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at -= 1) if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  return -1;
}

/**
 * Reads the central directory: the list of entries with names checked and counts limited
 * before a single byte is inflated. `maxEntries` is the most the caller will look at (the
 * ordinary limit, or Apple Health's larger one until the names show which applies).
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): DirectoryResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) return importError('truncated', 'The zip file is cut short: it has no table of contents');
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return importError('truncated', 'The zip file is cut short: its table of contents is missing');

  let count = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) {
      return importError('zip-corrupt', 'The zip file says it is large (zip64) but its large table of contents is missing');
    }
    const zip64 = u64(view, locator + 8);
    if (zip64 + 56 > bytes.byteLength || view.getUint32(zip64, true) !== ZIP64_EOCD_SIGNATURE) {
      return importError('zip-corrupt', 'The zip file’s large table of contents is damaged');
    }
    count = u64(view, zip64 + 32);
    directorySize = u64(view, zip64 + 40);
    directoryOffset = u64(view, zip64 + 48);
  }
  if (count > maxEntries) {
    return importError('zip-too-many-entries', `The zip file holds ${count} entries; at most ${maxEntries} are read`);
  }
  if (directoryOffset + directorySize > bytes.byteLength) {
    return importError('truncated', 'The zip file is cut short: its table of contents points past the end');
  }

  const entries: ZipEntry[] = [];
  const directoryEnd = directoryOffset + directorySize;
  // The end record's 16-bit count wraps past 65,535 entries when a writer skips zip64: more
  // records inside the directory's own size are entries too, and count against the limit.
  const moreRecords = (at: number): boolean => at + 46 <= directoryEnd && view.getUint32(at, true) === CENTRAL_SIGNATURE;
  let at = directoryOffset;
  for (let index = 0; index < count || moreRecords(at); index += 1) {
    if (index >= maxEntries) {
      return importError('zip-too-many-entries', `The zip file holds more than ${maxEntries} entries; at most ${maxEntries} are read`);
    }
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return importError('zip-corrupt', 'The zip file’s table of contents is damaged');
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.byteLength) return importError('zip-corrupt', 'The zip file’s table of contents is damaged');
    const name = utf8.decode(bytes.subarray(nameStart, extraStart));

    // Zip64 sizes live in extra field 0x0001, in this order, only for the fields set to 0xffffffff.
    for (let extra = extraStart; extra + 4 <= extraStart + extraLength; ) {
      const id = view.getUint16(extra, true);
      const size = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        const end = field + size;
        if (declaredSize === 0xffffffff && field + 8 <= end) {
          declaredSize = u64(view, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff && field + 8 <= end) {
          compressedSize = u64(view, field);
          field += 8;
        }
        if (localOffset === 0xffffffff && field + 8 <= end) localOffset = u64(view, field);
      }
      extra += 4 + size;
    }

    const unsafe = unsafePathReason(name);
    if (unsafe) return importError('zip-unsafe-path', `A zip entry’s name ${unsafe}; the file was refused`);

    if (localOffset + 30 > bytes.byteLength) return importError('truncated', 'The zip file is cut short: an entry lies past the end');
    if (view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) return importError('zip-corrupt', 'A zip entry’s header is damaged');
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > bytes.byteLength) {
      return importError('truncated', 'The zip file is cut short: an entry’s data runs past the end');
    }
    entries.push({
      name,
      isDirectory: name.endsWith('/'),
      method,
      encrypted: (flags & 1) === 1,
      crc32,
      compressedSize,
      declaredSize,
      localOffset,
      dataOffset,
    });
    at = next;
  }
  return overlapping(entries) ? importError('zip-bomb', 'The zip file’s entries share the same compressed bytes (an overlapping zip bomb)') : { ok: true, entries };
}

/**
 * Entries whose bytes overlap another's are the "better zip bomb" trick: one small kernel
 * inflated again under many names. No honest zip tool writes them.
 */
function overlapping(entries: readonly ZipEntry[]): boolean {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1]!;
    if (sorted[i]!.localOffset < previous.dataOffset + previous.compressedSize) return true;
  }
  return false;
}
