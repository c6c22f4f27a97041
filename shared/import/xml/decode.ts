/**
 * Bytes of an XML file → text. Portal files arrive with a UTF-8 BOM, UTF-16, a declared
 * Latin-1/windows-1252 encoding or no declaration at all, and some are "UTF-8" files holding
 * windows-1252 bytes (an "é" typed in an old EHR). Invalid UTF-8 is decoded as windows-1252,
 * which maps every byte to a character, so nothing is lost or replaced by "�".
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (declaresSingleByteEncoding(body)) return decodeWindows1252(body);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

const SINGLE_BYTE = /encoding\s*=\s*["'](iso-8859-1|latin-?1|windows-1252|cp1252|us-ascii|ascii)["']/i;

/** True when the XML declaration (in the first bytes) names a single-byte Western encoding. */
function declaresSingleByteEncoding(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x3c || bytes[1] !== 0x3f) return false;
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) {
    const byte = bytes[i]!;
    head += String.fromCharCode(byte);
    if (byte === 0x3e) break;
  }
  return SINGLE_BYTE.test(head);
}

/** windows-1252's characters for bytes 0x80–0x9F (the rest equal Latin-1); 0 = undefined byte, kept as is. */
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decoded by hand: Node's TextDecoder treats "windows-1252" as Latin-1 and would turn the
 * curly quotes and dashes EHRs type into control characters; browsers decode it properly.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) => (byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80] || byte : byte));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
