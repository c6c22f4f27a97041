import { describe, expect, it } from 'vitest';
import { readShorthandSteps, translateShorthand, type ShorthandLanguage } from '../../../shared/plain-language/shorthand/index';
import { CORPUS_DIR, corpusFiles, corpusPresent, numbersOf, readCorpusFile } from './corpus';

const LANGUAGES: ShorthandLanguage[] = ['en', 'es'];

/** Shorthand that a sentence marked complete must have written out in words. */
const SHORTHAND = /(^|[\s(,])(po|p\.o\.|bid|b\.i\.d\.|tid|t\.i\.d\.|qid|q\.i\.d\.|qhs|prn|qd|q\.d\.|qod|tab|tabs|cap|caps|gtt|gtts|b\.d\.|t\.d\.s\.|q\.d\.s\.|bd|tds|qds|od|o\.d\.|mane|nocte|qam|qpm|q\d+h|sl|sq|sc|uad|mdd|hs)(?=$|[\s.,;)])/i;

const multiset = (items: string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
};

describe.skipIf(!corpusPresent)('shorthand over the shared corpus', () => {
  const files = corpusFiles();
  const shares: string[] = [];

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(files)('%s', (file) => {
    const rows = readCorpusFile(file);
    it.each(LANGUAGES)('keeps every number and writes out what it calls complete (%s)', (language) => {
      let complete = 0;
      for (const { sig } of rows) {
        const result = translateShorthand(sig, language);
        const output = multiset(numbersOf(result.text));
        for (const [number, count] of multiset(numbersOf(sig))) expect(output.get(number) ?? 0, `${sig} → ${result.text}`).toBeGreaterThanOrEqual(count);
        if (result.complete) {
          complete += 1;
          expect(result.text, sig).not.toMatch(SHORTHAND);
          expect(result.flags, sig).toEqual([]);
        }
      }
      shares.push(`${file} ${language}: ${complete}/${rows.length} complete (${Math.round((100 * complete) / Math.max(rows.length, 1))}%)`);
    });
  });

  it('agrees with the structured dose and frequency of smart_sample_patients_meds_sigs.tsv', () => {
    const rows = readCorpusFile('smart_sample_patients_meds_sigs.tsv');
    // The reference says 3 a day for these "bid" eye and ear drops; the sig itself says twice a day.
    const referenceErrors = new Set(['4 gtt in ear bid x7 days', '4 gtt in ear bid x7 day']);
    let compared = 0;
    for (const { sig, fields } of rows) {
      const step = readShorthandSteps(sig)[0];
      if (fields.ref_dose_value) {
        expect(step?.dose?.text, sig).toBe(fields.ref_dose_value);
        compared += 1;
      }
      if (fields.ref_frequency_value && !referenceErrors.has(sig)) {
        const per = fields.ref_frequency_unit === '/wk' ? 'wk' : 'd';
        expect(step?.frequency, sig).toEqual({ count: Number(fields.ref_frequency_value), per });
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('reports the share understood', () => {
    // The share per file and language, for the issue's ≥ 90 % aim (printed, not asserted).
    console.info(['Shorthand understood completely:', ...shares].join('\n'));
    expect(shares.length).toBe(files.length * LANGUAGES.length);
  });
});

if (!corpusPresent) {
  it.skip(`shorthand corpus tests: corpus not found at ${CORPUS_DIR}`, () => {});
}
