/** Text that is plain printable ASCII needs no Unicode folding. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Names and strengths as they compare: case, punctuation and spacing ignored, units spelled one
 * way ("10MG", "10 mg", "10 mg." are one strength). Nothing fuzzier: "metoprolol" never matches
 * "metformin", and "10 mg" never matches "20 mg".
 */
export function normalizeName(value: string): string {
  // Most names are plain ASCII: decomposing accents (and the Unicode-aware pass) is only needed otherwise.
  const folded = PLAIN_ASCII.test(value)
    ? value.toLowerCase().replace(/[^a-z0-9./%]+/g, ' ')
    : value
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}./%]+/gu, ' ');
  return folded.replace(/\s+/g, ' ').trim();
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

/** A small, fast, deterministic hash (FNV-1a, 2 × 32 bits) of a string, as hex. Not for secrets: the rows holding it are encrypted. */
export function fingerprintOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * JSON with object keys sorted, so equal content always gives equal text. `omitKey` leaves one
 * key of the outer object out (without copying it). The text is what stored fingerprints were
 * made from: it must never change.
 *
 * Plain JSON data (the fields of every item) goes through JSON.stringify with the sorted list of
 * every key it holds: the list sets the key order at every level, so the text is the same as the
 * hand-built one, made natively in one flat string. Anything else takes the hand-built path.
 */
export function canonicalJson(value: unknown, omitKey?: string): string {
  const keys = sortedKeysOf(value, omitKey);
  return keys === null ? canonicalJsonByHand(value, omitKey) : JSON.stringify(value, keys);
}

/**
 * Every key of the value's objects, sorted by UTF-16 code units (the default sort), without
 * `omitKey`; null when JSON.stringify would not write what the hand-built path writes (a value it
 * skips or converts, an object that is not plain data, `omitKey` used below the outer level, or a
 * `__proto__` key).
 */
function sortedKeysOf(root: unknown, omitKey: string | undefined): string[] | null {
  const keys = new Set<string>();
  const pending: unknown[] = [root];
  let outer = true;
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
      outer = false;
      continue;
    }
    if (typeof value !== 'object') return null;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else {
      if (Object.getPrototypeOf(value) !== Object.prototype) return null;
      for (const key in value) {
        if (key === omitKey) {
          if (!outer) return null;
          continue;
        }
        // With a key list JSON.stringify reads each key on every object, inherited ones too:
        // `__proto__` would write Object.prototype where the key is not an object's own.
        if (key === '__proto__') return null;
        keys.add(key);
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
    outer = false;
  }
  return [...keys].sort();
}

/** The hand-built canonical JSON: the definition the fast path must match. */
export function canonicalJsonByHand(value: unknown, omitKey?: string): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i += 1) text += (i === 0 ? '' : ',') + canonicalJsonByHand(value[i]);
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
      text += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJsonByHand(object[key])}`;
      first = false;
    }
    return `${text}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
