import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../../shared/import/bundle';
import { looksLikeJsonLines, parseJsonBytes, parseJsonLines, parseJsonText } from '../../../../shared/import/json/parse-json';

const FIXTURES = 'test/fixtures/import/json';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Runs a parse and tells how long it took, so hostile input is shown to be refused quickly. */
function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe('parseJsonText', () => {
  it('parses ordinary JSON as JSON.parse does', () => {
    const text = '{"a":[1,2,{"b":"c\\"]}"}],"d":null,"e":true}';
    const parsed = parseJsonText(text, DEFAULT_LIMITS);
    expect(parsed).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('refuses 100 000 levels of nesting as too deep, quickly and without a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const { result, ms } = timed(() => parseJsonText(deep, DEFAULT_LIMITS));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('too-deep');
    expect(ms).toBeLessThan(2000);
    const objects = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const second = parseJsonText(objects, DEFAULT_LIMITS);
    expect(second.ok ? 'parsed' : second.error.code).toBe('too-deep');
  });

  it('counts brackets inside strings as text, not as nesting', () => {
    const text = JSON.stringify({ note: '['.repeat(1000) });
    expect(parseJsonText(text, { maxFileBytes: 10_000, maxDepth: 3 }).ok).toBe(true);
  });

  it('knows an escaped quote does not end a string, and an escaped backslash does', () => {
    const limits = { maxFileBytes: 10_000, maxDepth: 2 };
    expect(parseJsonText(String.raw`{"a":"say \"[[[[\" twice","b":[1]}`, limits).ok).toBe(true);
    expect(parseJsonText(String.raw`{"a":"C:\\","b":[[[1]]]}`, limits)).toMatchObject({ ok: false, error: { code: 'too-deep' } });
    expect(parseJsonText(String.raw`{"a":"C:\\\"[[[[","b":[1]}`, limits).ok).toBe(true);
    expect(parseJsonText(String.raw`{"a":"open \"`, limits)).toMatchObject({ ok: false, error: { code: 'truncated' } });
  });

  it('allows nesting up to the limit and refuses one level more', () => {
    const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
    expect(parseJsonText(nested(10), { maxFileBytes: 1000, maxDepth: 10 }).ok).toBe(true);
    const over = parseJsonText(nested(11), { maxFileBytes: 1000, maxDepth: 10 });
    expect(over.ok ? 'parsed' : over.error.code).toBe('too-deep');
  });

  it('tells a text cut short (truncated) from one that is broken (malformed-json)', () => {
    const cut = parseJsonText('{"resourceType":"Bundle","entry":[{"resource":', DEFAULT_LIMITS);
    expect(cut.ok ? 'parsed' : cut.error.code).toBe('truncated');
    const cutInString = parseJsonText('{"resourceType":"Bun', DEFAULT_LIMITS);
    expect(cutInString.ok ? 'parsed' : cutInString.error.code).toBe('truncated');
    const broken = parseJsonText('{"resourceType": Bundle}', DEFAULT_LIMITS);
    expect(broken.ok ? 'parsed' : broken.error.code).toBe('malformed-json');
    const trailing = parseJsonText('{"a":1}}', DEFAULT_LIMITS);
    expect(trailing.ok ? 'parsed' : trailing.error.code).toBe('malformed-json');
  });

  it('refuses an empty text', () => {
    const empty = parseJsonText('  \n ', DEFAULT_LIMITS);
    expect(empty.ok ? 'parsed' : empty.error.code).toBe('empty-file');
  });

  it('drops __proto__, constructor and prototype keys so Object.prototype is never touched', () => {
    const parsed = parseJsonBytes(readFileSync(`${FIXTURES}/proto-pollution.json`), DEFAULT_LIMITS);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const bundle = parsed.value as Record<string, unknown>;
    expect(Object.hasOwn(bundle, '__proto__')).toBe(false);
    expect(Object.hasOwn(bundle, 'constructor')).toBe(false);
    expect(Object.getPrototypeOf(bundle)).toBe(Object.prototype);
    expect(bundle.resourceType).toBe('Bundle');
    // Copying every key of the result into a fresh object (what merge helpers do) pollutes nothing.
    const copy = (from: unknown, into: Record<string, unknown>): void => {
      if (typeof from !== 'object' || from === null) return;
      for (const [key, value] of Object.entries(from)) {
        if (typeof value === 'object' && value !== null) {
          into[key] ??= {};
          copy(value, into[key] as Record<string, unknown>);
        } else into[key] = value;
      }
    };
    copy(bundle, {});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // Values that merely are the text "__proto__" are kept: only keys are dangerous.
    expect(JSON.stringify(bundle)).toContain('"id":"__proto__"');
  });

  it('drops those keys when they are spelled with \\u escapes too', () => {
    const parsed = parseJsonText('{"a":{"\\u005f_proto__":{"polluted":1},"constr\\u0075ctor":2,"ok":3}}', DEFAULT_LIMITS);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const inner = (parsed.value as { a: Record<string, unknown> }).a;
    expect(Object.keys(inner)).toEqual(['ok']);
    expect(Object.hasOwn(inner, '__proto__')).toBe(false);
  });
});

describe('parseJsonBytes', () => {
  it('refuses bytes over the size cap before decoding them', () => {
    const huge = new Uint8Array(DEFAULT_LIMITS.maxFileBytes + 1).fill(0x20);
    const { result, ms } = timed(() => parseJsonBytes(huge, DEFAULT_LIMITS));
    expect(result.ok ? 'parsed' : result.error.code).toBe('too-large');
    expect(ms).toBeLessThan(2000);
  });

  it('reads UTF-8 with a byte-order mark', () => {
    const parsed = parseJsonBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('{"name":"José"}')]), DEFAULT_LIMITS);
    expect(parsed).toEqual({ ok: true, value: { name: 'José' } });
  });

  it('refuses an empty file', () => {
    const parsed = parseJsonBytes(new Uint8Array(), DEFAULT_LIMITS);
    expect(parsed.ok ? 'parsed' : parsed.error.code).toBe('empty-file');
  });
});

describe('parseJsonLines', () => {
  it('reads one value per line, skipping blank lines and CRLF', () => {
    const parsed = parseJsonLines('{"a":1}\r\n\r\n{"a":2}\n', DEFAULT_LIMITS);
    expect(parsed).toEqual({ ok: true, value: [{ a: 1 }, { a: 2 }] });
  });

  it('names the bad line without repeating its content', () => {
    const parsed = parseJsonLines('{"a":1}\n{"secret": oops}\n{"a":3}', DEFAULT_LIMITS);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('malformed-json');
    expect(parsed.error.message).toContain('Line 2');
    expect(parsed.error.message).not.toContain('secret');
  });

  it('calls a last line cut short truncated', () => {
    const parsed = parseJsonLines('{"a":1}\n{"a":', DEFAULT_LIMITS);
    expect(parsed.ok ? 'parsed' : parsed.error.code).toBe('truncated');
  });

  it('applies the depth cap to each line', () => {
    const parsed = parseJsonLines(`{"a":1}\n${'['.repeat(300)}${']'.repeat(300)}`, DEFAULT_LIMITS);
    expect(parsed.ok ? 'parsed' : parsed.error.code).toBe('too-deep');
  });

  it('is recognised by its first line being a whole object followed by another', () => {
    expect(looksLikeJsonLines('{"a":1}\n{"a":2}', DEFAULT_LIMITS)).toBe(true);
    expect(looksLikeJsonLines('{\n  "a": 1\n}', DEFAULT_LIMITS)).toBe(false);
    expect(looksLikeJsonLines('{"a":1}', DEFAULT_LIMITS)).toBe(false);
  });
});
