/**
 * What a file is, told from its first bytes — never from its name (a portal's `.txt` can be
 * a C-CDA, a `.xml` can be a PDF). Zips are only recognised here; what is inside them is
 * decided by the container readers after the directory is checked.
 */
export type SniffedKind =
  | { kind: 'zip' }
  | { kind: 'xml'; root: XmlRoot }
  | { kind: 'fhir-json' }
  | { kind: 'fhir-ndjson' }
  | { kind: 'unsupported'; what: string };

export type XmlRoot = 'ccda' | 'ccr' | 'apple-health-export' | 'other';

/** Enough of the start of a file to see its root element past long comments and DTDs. */
/** How much of a file sniffing looks at. */
export const HEAD_BYTES = 64 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((byte, index) => bytes[at + index] === byte);

const MAGIC: readonly { magic: readonly number[]; what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG picture' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG picture' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF picture' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document' },
];

const ZIP_MAGICS: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06], // an empty zip: only its end record
  [0x50, 0x4b, 0x07, 0x08], // spanned-archive marker before the first entry
];

/** Text of the file's head without its byte-order mark (UTF-8 or UTF-16), bad bytes replaced. */
function headText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2, 2 + HEAD_BYTES));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2, 2 + HEAD_BYTES));
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return new TextDecoder('utf-8').decode(bytes.subarray(start, start + HEAD_BYTES));
}

/** The first element's local name and namespace-free form, skipping prolog, comments, PIs and DOCTYPE. */
function xmlRootName(text: string): string | null {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at += 1;
    if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at);
      if (end < 0) return null;
      at = end + 2;
    } else if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at);
      if (end < 0) return null;
      at = end + 3;
    } else if (text.startsWith('<!DOCTYPE', at)) {
      // The internal subset may hold '>' inside brackets: skip to the ']>' or the plain '>'.
      const bracket = text.indexOf('[', at);
      const close = text.indexOf('>', at);
      if (close < 0) return null;
      if (bracket >= 0 && bracket < close) {
        const end = text.indexOf(']', bracket);
        if (end < 0) return null;
        at = text.indexOf('>', end) + 1;
        if (at === 0) return null;
      } else at = close + 1;
    } else if (text[at] === '<') {
      const match = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.slice(at, at + 200));
      return match ? match[2]! : null;
    } else return null;
  }
}

const CDA_FRAGMENT_ROOTS: ReadonlySet<string> = new Set(['component', 'section', 'structuredBody', 'entry']);

function classifyXml(text: string): XmlRoot {
  const root = xmlRootName(text);
  if (root === 'ClinicalDocument') return 'ccda';
  // C-CDA section fragments (HL7's examples) have no namespace: their template ids tell them apart.
  if (root && CDA_FRAGMENT_ROOTS.has(root) && text.includes('2.16.840.1.113883.10.20.')) return 'ccda';
  if (root === 'ContinuityOfCareRecord') return 'ccr';
  if (root === 'HealthData') return 'apple-health-export';
  return 'other';
}

/** JSON whose first object names a FHIR resourceType; several lines of objects are NDJSON. */
function classifyJson(text: string): SniffedKind {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const firstLine = lines[0]?.trim() ?? '';
  const secondLine = lines[1]?.trim() ?? '';
  if (firstLine.startsWith('{') && firstLine.endsWith('}') && secondLine.startsWith('{')) {
    try {
      const first: unknown = JSON.parse(firstLine);
      if (first && typeof first === 'object' && 'resourceType' in first) return { kind: 'fhir-ndjson' };
    } catch {
      // Not one object per line: fall through to a single JSON document.
    }
  }
  if (/"resourceType"\s*:\s*"[A-Za-z]+"/.test(text)) return { kind: 'fhir-json' };
  return { kind: 'unsupported', what: 'a JSON file that is not FHIR' };
}

export function sniff(bytes: Uint8Array): SniffedKind {
  if (ZIP_MAGICS.some((magic) => startsWith(bytes, magic))) return { kind: 'zip' };
  for (const { magic, what } of MAGIC) if (startsWith(bytes, magic)) return { kind: 'unsupported', what };
  const text = headText(bytes);
  const first = text.trimStart()[0];
  if (first === '<') return { kind: 'xml', root: classifyXml(text) };
  if (first === '{' || first === '[') return classifyJson(text);
  return { kind: 'unsupported', what: 'a file that is neither a health record, nor XML, JSON or a zip' };
}
