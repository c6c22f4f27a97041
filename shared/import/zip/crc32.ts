/** CRC-32 (IEEE), the checksum every zip entry carries: a mismatch means damaged data. */
const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** Running CRC: feed chunks with `update`, read the unsigned value with `value`. */
export class Crc32 {
  private crc = -1;

  update(chunk: Uint8Array): void {
    let crc = this.crc;
    for (let i = 0; i < chunk.length; i += 1) crc = TABLE[(crc ^ chunk[i]!) & 0xff]! ^ (crc >>> 8);
    this.crc = crc;
  }

  value(): number {
    return (this.crc ^ -1) >>> 0;
  }
}
