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
  if (declaresSingleByteEncoding(body)) return new TextDecoder('windows-1252').decode(body);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
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
