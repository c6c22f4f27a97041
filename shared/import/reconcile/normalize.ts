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
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i += 1) text += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${text}]`;
  }
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    if (isFlatAndSorted(object, keys, omitKey)) return JSON.stringify(object);
    // The default sort compares UTF-16 code units, the order stored fingerprints were made with.
    keys.sort();
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
 * True when the object's keys already come in sorted order and every value is written the same
 * by JSON.stringify (text, a finite number, true/false, null): its plain JSON is then its
 * canonical JSON. Readings are built that way.
 */
function isFlatAndSorted(object: Record<string, unknown>, keys: readonly string[], omitKey: string | undefined): boolean {
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (key === omitKey || (i > 0 && !(keys[i - 1]! < key))) return false;
    const field = object[key];
    if (field !== null && typeof field !== 'string' && typeof field !== 'boolean' && !(typeof field === 'number' && Number.isFinite(field))) return false;
  }
  return true;
}

const PLAIN_KEY = /^[A-Za-z0-9_]*$/;

/** A field name as JSON: the schemas' names need no escaping, so only other keys go through JSON.stringify. */
function quotedKey(key: string): string {
  return PLAIN_KEY.test(key) ? `"${key}"` : JSON.stringify(key);
}
