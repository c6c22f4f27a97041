import { importError, type ImportError, type ReadLimits } from '../bundle';

/** What safe JSON parsing gives: the value, or a typed import error naming the problem. */
export type JsonOutcome<T> = { ok: true; value: T } | { ok: false; error: ImportError };

export type JsonLimits = Pick<ReadLimits, 'maxFileBytes' | 'maxDepth'>;

/** Keys that would reach Object.prototype if a later step copied parsed objects key by key. */
const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** What one linear pass over the text found, before JSON.parse is trusted with it. */
interface Shape {
  tooDeep: boolean;
  /** The text stops inside a string, object or array. */
  unfinished: boolean;
}

/**
 * Measures nesting in the text itself without recursion (100 000 opening brackets cost one loop,
 * never the stack): when JSON.parse fails, tells a text nested too deep or cut short from a broken one.
 */
function measureShape(text: string, maxDepth: number): Shape {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === QUOTE) {
      // Jump to the closing quote (most of a JSON text is inside strings): a quote preceded by an
      // odd number of backslashes is escaped and does not close the string.
      let end = text.indexOf('"', index + 1);
      while (end !== -1) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return { tooDeep: false, unfinished: true };
      index = end;
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      depth++;
      if (depth > maxDepth) return { tooDeep: true, unfinished: false };
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) depth = Math.max(0, depth - 1);
  }
  return { tooDeep: false, unfinished: depth > 0 };
}

/**
 * One walk over a parsed value, with its own stack (never the call stack): drops keys that could
 * pollute prototypes (JSON.parse makes them plain own properties, harmless until something copies
 * them key by key) and stops at the first level deeper than `maxDepth` (each array or object is
 * one level). Answers false when the value nests too deep.
 */
function cleanAndMeasure(root: unknown, maxDepth: number): boolean {
  const values: object[] = [];
  const depths: number[] = [];
  if (typeof root === 'object' && root !== null) {
    values.push(root);
    depths.push(1);
  }
  while (values.length > 0) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    if (depth > maxDepth) return false;
    if (Array.isArray(value)) {
      for (const child of value as unknown[])
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      continue;
    }
    const object = value as Record<string, unknown>;
    for (const key in object) {
      if (POLLUTING_KEYS.has(key)) {
        delete object[key];
        continue;
      }
      const child = object[key];
      if (typeof child === 'object' && child !== null) {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}

/**
 * Parses one JSON text within the limits (SECURITY.md row 13): too large → `too-large`, nested
 * deeper than the limit → `too-deep`, cut short → `truncated`, otherwise broken → `malformed-json`.
 * `__proto__`, `constructor` and `prototype` keys are dropped (however they are spelled, escapes
 * included: the parsed key is what is checked), so nothing built from the result can reach
 * Object.prototype. Never throws.
 *
 * V8's JSON.parse does not recurse, so the text is parsed first and its depth measured on the
 * result, in the same walk that drops the dangerous keys (far fewer objects than characters).
 */
export function parseJsonText(text: string, limits: JsonLimits): JsonOutcome<unknown> {
  if (text.length > limits.maxFileBytes) return importError('too-large', `The JSON text is larger than ${limits.maxFileBytes} bytes`);
  if (text.trim() === '') return importError('empty-file', 'The JSON text is empty');
  const tooDeep = (): { ok: false; error: ImportError } => importError('too-deep', `The JSON is nested deeper than ${limits.maxDepth} levels`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const shape = measureShape(text, limits.maxDepth);
    if (shape.tooDeep) return tooDeep();
    if (shape.unfinished || /end of (JSON )?input|Unterminated string/i.test(reason)) {
      return importError('truncated', 'The JSON ends before it is complete (the file may be cut short)');
    }
    // V8 quotes the text around the fault; only the position is kept (the text may be health data).
    const position = /position (\d+)/.exec(reason)?.[1];
    return importError('malformed-json', position ? `The JSON is not well formed at character ${position}` : 'The JSON is not well formed');
  }
  return cleanAndMeasure(value, limits.maxDepth) ? { ok: true, value } : tooDeep();
}

/** UTF-8 bytes to text: a byte-order mark is dropped, bytes that are not UTF-8 become U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON bytes within the limits; the size is checked before anything is decoded. */
export function parseJsonBytes(bytes: Uint8Array, limits: JsonLimits): JsonOutcome<unknown> {
  if (bytes.length > limits.maxFileBytes) return importError('too-large', `The file is larger than ${limits.maxFileBytes} bytes`);
  if (bytes.length === 0) return importError('empty-file', 'The file is empty');
  return parseJsonText(decodeUtf8(bytes), limits);
}

/**
 * NDJSON: one JSON value per line (FHIR bulk data). Blank lines are skipped; a bad line
 * refuses the whole text, naming the line (its content is never repeated: it may be health data).
 */
export function parseJsonLines(text: string, limits: JsonLimits): JsonOutcome<unknown[]> {
  if (text.length > limits.maxFileBytes) return importError('too-large', `The NDJSON text is larger than ${limits.maxFileBytes} bytes`);
  const values: unknown[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    const parsed = parseJsonText(line, limits);
    if (!parsed.ok) {
      const last = lines.slice(index + 1).every((rest) => rest.trim() === '');
      const code = parsed.error.code === 'truncated' && !last ? 'malformed-json' : parsed.error.code;
      return importError(code, `Line ${index + 1}: ${parsed.error.message}`);
    }
    values.push(parsed.value);
  }
  if (values.length === 0) return importError('empty-file', 'The NDJSON text has no lines');
  return { ok: true, value: values };
}

/**
 * True when the text holds more than one top-level JSON value, one per line (NDJSON), judged
 * from its first line alone being a complete object.
 */
export function looksLikeJsonLines(text: string, limits: JsonLimits): boolean {
  const trimmed = text.trimStart();
  const end = trimmed.indexOf('\n');
  if (end < 0 || !trimmed.startsWith('{')) return false;
  const rest = trimmed.slice(end + 1).trimStart();
  if (!rest.startsWith('{')) return false;
  const first = parseJsonText(trimmed.slice(0, end), limits);
  return first.ok && typeof first.value === 'object' && first.value !== null;
}
