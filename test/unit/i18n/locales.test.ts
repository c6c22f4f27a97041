import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = join(import.meta.dirname, '../../../resources/locales');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const load = (lang: string, file: string): Map<string, string> =>
  flatten(JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')) as Tree);

const languages = readdirSync(LOCALES_DIR);
const files = readdirSync(join(LOCALES_DIR, 'en'));
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
/** Plural keys differ by language (Spanish has _many in newer CLDR); compare their base names. */
const base = (key: string): string => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('Locale files', () => {
  it('ship English and Spanish', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'es']));
  });

  for (const lang of languages.filter((l) => l !== 'en')) {
    for (const file of files) {
      it(`${lang}/${file} has every key of en/${file} and no others`, () => {
        const en = load('en', file);
        const other = load(lang, file);
        const missing = [...en.keys()].filter((k) => !other.has(k) && !other.has(base(k)));
        const extra = [...other.keys()].filter((k) => !en.has(k) && ![...en.keys()].some((e) => base(e) === base(k)));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it(`${lang}/${file} keeps every placeholder and leaves nothing empty`, () => {
        const en = load('en', file);
        for (const [key, text] of load(lang, file)) {
          expect(text.trim(), key).not.toBe('');
          const source = en.get(key);
          if (source !== undefined) expect(placeholders(text), key).toEqual(placeholders(source));
        }
      });
    }
  }
});
