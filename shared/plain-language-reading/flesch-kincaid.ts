/**
 * Flesch–Kincaid grade level for English text, so tests can hold our words to a grade 6
 * reading level. The syllable count is a rule-of-thumb count (vowel groups, with the usual
 * silent-e and -ed fixes): close enough for an average over many texts, not a dictionary.
 *
 * grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 */

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Words made of letters (with inner apostrophes or hyphens) or numbers; "8:00" and "½" are one word. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’\-:.][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Syllables in one English word, at least 1. A number counts as 1 ("2", "8:00"). */
export function countSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (/\p{N}/u.test(lower) && !/\p{L}/u.test(lower)) return 1;
  // Hyphenated words are counted part by part ("wear-and-tear" → 3).
  const parts = lower.split('-').filter((part) => part !== '');
  if (parts.length > 1) return parts.reduce((sum, part) => sum + countSyllables(part), 0);
  let letters = lower.replace(/[^a-z]/g, '');
  if (letters === '') return 1;
  if (letters.length <= 3) return 1;
  // A final silent e ("make", "take"), but not "-le" after a consonant ("table", "simple").
  if (/[^aeiouy]le$/.test(letters)) {
    letters = letters.slice(0, -2) + 'al';
  } else {
    letters = letters.replace(/(?:[^laeiouy]es|[^aeiouy]e)$/, (ending) => ending.slice(0, 1)).replace(/^y/, '');
  }
  // "-ed" is silent except after t or d ("baked" 1, "wanted" 2).
  letters = letters.replace(/([^aeiouytd])ed$/, '$1');
  const groups = letters.match(/[aeiouy]+/g)?.length ?? 0;
  // Vowel pairs said as two syllables ("di-a-betes", "vi-o-lent", "vid-e-o", "ac-tu-al"), but not "-tion", "-cial".
  const split = letters.match(/(?<![ct])ia|(?<![cstg])io|(?<!p)eo|ua|uo|iet/g)?.length ?? 0;
  return Math.max(1, groups + split);
}

/** Sentences end with . ! or ? (or the end of the text); a title with no full stop is one sentence. */
export function countSentences(text: string): number {
  const pieces = text.split(/[.!?]+(?=\s|$)/).filter((piece) => wordsOf(piece).length > 0);
  return Math.max(1, pieces.length);
}

export function countText(text: string): TextCounts {
  const words = wordsOf(text);
  return {
    words: words.length,
    sentences: words.length === 0 ? 0 : countSentences(text),
    syllables: words.reduce((sum, word) => sum + countSyllables(word), 0),
  };
}

export function gradeOfCounts({ words, sentences, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** The Flesch–Kincaid grade of one text (0 for a text with no words). */
export function fleschKincaidGrade(text: string): number {
  return gradeOfCounts(countText(text));
}

/** Texts shorter than this are left out of averages: a grade for "Save" or "Blood clot" means nothing. */
export const MIN_WORDS_FOR_GRADE = 3;

export interface GradeSummary {
  /** Texts that were graded (MIN_WORDS_FOR_GRADE words or more). */
  graded: number;
  /** Texts left out because they were too short. */
  skipped: number;
  /** Grade of each graded text, averaged with each text weighted by its number of words. */
  average: number;
}

/**
 * How a set of texts is read on average. Each text is graded on its own (so a long list of
 * short labels is not read as one run-on sentence), texts under MIN_WORDS_FOR_GRADE words are
 * skipped, and the grades are averaged weighted by words, so a long hard sentence counts more
 * than a short easy one.
 */
export function summarizeGrades(texts: readonly string[]): GradeSummary {
  let graded = 0;
  let skipped = 0;
  let weighted = 0;
  let totalWords = 0;
  for (const text of texts) {
    const counts = countText(text);
    if (counts.words < MIN_WORDS_FOR_GRADE) {
      skipped += 1;
      continue;
    }
    graded += 1;
    weighted += gradeOfCounts(counts) * counts.words;
    totalWords += counts.words;
  }
  return { graded, skipped, average: totalWords === 0 ? 0 : weighted / totalWords };
}
