import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, summarizeGrades } from '../../../shared/plain-language-reading/flesch-kincaid';
import { translateShorthand } from '../../../shared/plain-language/shorthand/index';
import { CORPUS_DIR, corpusFiles, corpusPresent, readCorpusFile } from '../plain-language/corpus';

/**
 * The sentences written for the real prescription instructions of the shared corpus, graded
 * with Flesch–Kincaid like every other English text. Only sentences marked complete are
 * graded: the others carry the record's own words, kept as written.
 */
describe.skipIf(!corpusPresent)('Reading level of the sentences written for the corpus sigs', () => {
  const sentences = corpusFiles().flatMap((file) =>
    readCorpusFile(file)
      .map(({ sig }) => translateShorthand(sig, 'en'))
      .filter((result) => result.complete)
      .map((result) => result.text),
  );

  it('is grade 6 or below on average', () => {
    const summary = summarizeGrades(sentences);
    console.info(`Corpus sentences: ${summary.graded} graded, ${summary.skipped} skipped, average grade ${summary.average.toFixed(1)}`);
    expect(summary.graded).toBeGreaterThan(400);
    expect(summary.average).toBeLessThanOrEqual(6);
  });

  it('has no sentence above grade 12', () => {
    const hard = sentences.filter((sentence) => fleschKincaidGrade(sentence) > 12);
    expect(hard).toEqual([]);
  });
});

if (!corpusPresent) {
  it.skip(`corpus reading-level test: corpus not found at ${CORPUS_DIR}`, () => {});
}
