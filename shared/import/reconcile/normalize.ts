/** Text that is plain printable ASCII needs no Unicode folding. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Names and strengths as they compare: case, punctuation and spacing ignored, units spelled one
 * way ("10MG", "10 mg", "10 mg." are one strength). Nothing fuzzier: "metoprolol" never matches
 * "metformin", and "10 mg" never matches "20 mg".
 */
export function normalizeName(value: string): string {
  // Most names are plain ASCII: decomposing accents (and the Unicode-aware pass) is only needed otherwise.
  // Every run of other characters (white space included) becomes one space, so no run of spaces is left.
  if (PLAIN_ASCII.test(value)) return value.toLowerCase().replace(/[^a-z0-9./%]+/g, ' ').trim();
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}./%]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const UNIT_WORDS: Record<string, string> = {
  milligram: 'mg',
  milligrams: 'mg',
  microgram: 'mcg',
  micrograms: 'mcg',
  ug: 'mcg',
  µg: 'mcg',
  gram: 'g',
  grams: 'g',
  milliliter: 'ml',
  milliliters: 'ml',
  unit: 'unit',
  units: 'unit',
  iu: 'unit',
};

export function normalizeStrength(value: string): string {
  return normalizeName(value)
    .replace(/(\d)\s+(?=[a-zµ%])/g, '$1')
    .replace(/(\d)([a-zµ]+)/g, (_match, digit: string, unit: string) => `${digit}${UNIT_WORDS[unit] ?? unit}`)
    .replace(/\s*\/\s*/g, '/');
}

/**
 * A small, fast, deterministic hash (FNV-1a, 2 × 32 bits) of `prefix + text`, as hex. Not for
 * secrets: the rows holding it are encrypted. The prefix is hashed on its own so that a large
 * import does not copy every text once more to join the two.
 */
export function fingerprintOf(text: string, prefix = ''): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ (prefix.length + text.length);
  for (const part of [prefix, text]) {
    for (let i = 0; i < part.length; i += 1) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * JSON with object keys sorted, so equal content always gives equal text. `omitKey` leaves one
 * key of the outer object out (without copying it). The text is what stored fingerprints were
 * made from: it must never change.
 */
export function canonicalJson(value: unknown, omitKey?: string): string {
  // Readings and their codes are built with their keys in order: plain JSON is then canonical.
  if (isWrittenAsIs(value, omitKey)) return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i += 1) text += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${text}]`;
  }
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    // The default sort compares UTF-16 code units, the order stored fingerprints were made with.
    const keys = Object.keys(object).sort();
    let text = '{';
    let first = true;
    for (const key of keys) {
      if (key === omitKey) continue;
      text += `${first ? '' : ','}${quotedKey(key)}:${canonicalJson(object[key])}`;
      first = false;
    }
    return `${text}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * True when JSON.stringify already writes the value canonically: text, a finite number,
 * true/false, null, or arrays and plain objects of those, each object's keys in sorted order
 * (and without `omitKey` at the top).
 */
function isWrittenAsIs(value: unknown, omitKey?: string): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) if (!isWrittenAsIs(value[i])) return false;
    return true;
  }
  // A plain object only: anything else (a Date) may write itself differently through toJSON.
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  const object = value as Record<string, unknown>;
  let previous: string | null = null;
  for (const key in object) {
    if (key === omitKey || (previous !== null && !(previous < key)) || !isWrittenAsIs(object[key])) return false;
    previous = key;
  }
  return true;
}

const PLAIN_KEY = /^[A-Za-z0-9_]*$/;

/** A field name as JSON: the schemas' names need no escaping, so only other keys go through JSON.stringify. */
function quotedKey(key: string): string {
  return PLAIN_KEY.test(key) ? `"${key}"` : JSON.stringify(key);
}
