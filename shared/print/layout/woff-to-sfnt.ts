import { unzlibSync } from 'fflate';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

/**
 * Turns a WOFF 1.0 font into the plain TrueType/OpenType file it wraps (each table inflated,
 * the sfnt directory rebuilt). fontkit reads WOFF but inflates a table again on every glyph
 * it looks up, which made each line of text cost milliseconds; the unwrapped font is read
 * once. Anything that is not WOFF is returned as it is.
 */
export function woffToSfnt(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 44 || view.getUint32(0) !== WOFF_SIGNATURE) return bytes;
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const raw = bytes.subarray(offset, offset + compLength);
    const data = compLength < origLength ? unzlibSync(raw) : raw;
    if (data.byteLength !== origLength) throw new Error('font table size mismatch');
    return { tag: view.getUint32(at), checksum: view.getUint32(at + 16), data };
  });

  const headerSize = 12 + 16 * numTables;
  const padded = (n: number): number => (n + 3) & ~3;
  const total = tables.reduce((sum, t) => sum + padded(t.data.byteLength), headerSize);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  outView.setUint32(0, flavor);
  outView.setUint16(4, numTables);
  outView.setUint16(6, searchRange);
  outView.setUint16(8, entrySelector);
  outView.setUint16(10, numTables * 16 - searchRange);
  let offset = headerSize;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    outView.setUint32(at, table.tag);
    outView.setUint32(at + 4, table.checksum);
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, table.data.byteLength);
    out.set(table.data, offset);
    offset += padded(table.data.byteLength);
  });
  return out;
}
