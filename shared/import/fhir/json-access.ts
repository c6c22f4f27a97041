/**
 * Reading parsed FHIR JSON without trusting its shape: every accessor answers a value of the
 * asked type or nothing, and only own properties are read (never Object.prototype's).
 */
export type JsonObject = Readonly<Record<string, unknown>>;

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The own property `key` of an object, or undefined. */
export function field(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** Follows a path of keys: `at(r, 'code', 'text')`. */
export function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) current = field(current, key);
  return current;
}

/** A trimmed string at the path, or ''. */
export function str(value: unknown, ...keys: string[]): string {
  const found = at(value, ...keys);
  return typeof found === 'string' ? found.trim() : '';
}

/** A finite number at the path, or null. */
export function num(value: unknown, ...keys: string[]): number | null {
  const found = at(value, ...keys);
  return typeof found === 'number' && Number.isFinite(found) ? found : null;
}

/** The array at the path (a single value is read as a list of one, as DSTU2 sometimes writes it). */
export function list(value: unknown, ...keys: string[]): unknown[] {
  const found = at(value, ...keys);
  if (Array.isArray(found)) return found;
  return found === undefined || found === null ? [] : [found];
}

/** The objects in the array at the path. */
export const objects = (value: unknown, ...keys: string[]): JsonObject[] => list(value, ...keys).filter(isObject);

/** Cuts a text to a schema's limit so a long value never makes a whole item invalid. */
export function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

/** Distinct non-empty texts joined, in order. */
export function joinDistinct(texts: readonly string[], separator = '; '): string {
  return [...new Set(texts.map((text) => text.trim()).filter((text) => text !== ''))].join(separator);
}
