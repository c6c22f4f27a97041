import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, IMPORT_ERROR_CODES } from '../../../../shared/import/bundle';
import { readCcda } from '../../../../shared/import/ccda/read-ccda';
import { parseXmlBytes } from '../../../../shared/import/xml';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/import/xml');
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** SECURITY.md row 11: each hostile file → its typed error, quickly, nothing expanded or fetched. */
describe('hostile XML', () => {
  it.each([
    ['billion-laughs.xml', 'xml-entity'],
    ['external-entity.xml', 'xml-entity'],
    ['parameter-entity.xml', 'xml-entity'],
    ['repeated-doctype.xml', 'xml-doctype'],
    ['external-dtd.xml', 'xml-doctype'],
    ['deep-nesting.xml', 'too-deep'],
    ['truncated.xml', 'truncated'],
    ['not-xml.txt', 'malformed-xml'],
  ] as const)('%s → %s in under 2 seconds', (name, code) => {
    const started = performance.now();
    const outcome = readCcda(read(name), { fileName: name, documentPath: '', limits: DEFAULT_LIMITS });
    const elapsed = performance.now() - started;
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe(code);
    expect(IMPORT_ERROR_CODES).toContain(outcome.error.code);
    expect(outcome.error.message.length).toBeGreaterThan(10);
    expect(elapsed).toBeLessThan(2000);
  });

  it('never shows an entity expanded, even where a DOCTYPE is allowed', () => {
    for (const name of ['billion-laughs.xml', 'external-entity.xml']) {
      const parsed = parseXmlBytes(read(name), { allowDoctype: true });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.code).toBe('xml-entity');
    }
  });

  it('the depth limit is the caller’s', () => {
    const nested = new TextEncoder().encode(`<r>${'<a>'.repeat(300)}${'</a>'.repeat(300)}</r>`);
    expect(parseXmlBytes(nested, { maxDepth: 256 }).ok).toBe(false);
    expect(parseXmlBytes(nested, { maxDepth: 400 }).ok).toBe(true);
  });
});
