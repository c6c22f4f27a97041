import { describe, expect, it } from 'vitest';
import {
  countSentences,
  countSyllables,
  countText,
  fleschKincaidGrade,
  summarizeGrades,
  wordsOf,
} from '../../../shared/plain-language-reading/flesch-kincaid';

describe('Flesch–Kincaid grade', () => {
  it('counts syllables of common words the way a dictionary does', () => {
    const expected: Record<string, number> = {
      cat: 1, the: 1, blood: 1, make: 1, takes: 1, baked: 1, once: 1, day: 1, eye: 1,
      table: 2, water: 2, wanted: 2, simple: 2, people: 2, tablets: 2, morning: 2, little: 2, asthma: 2,
      medicine: 3, beautiful: 3, evening: 3, infection: 3, inhaler: 3,
      hypertension: 4, cholesterol: 4,
    };
    for (const [word, syllables] of Object.entries(expected)) expect(countSyllables(word), word).toBe(syllables);
  });

  it('counts numbers, times and hyphenated words sensibly', () => {
    expect(countSyllables('2')).toBe(1);
    expect(countSyllables('8:00')).toBe(1);
    expect(countSyllables('wear-and-tear')).toBe(3);
    expect(wordsOf('Take 1 tablet at 8:00 AM.')).toEqual(['Take', '1', 'tablet', 'at', '8:00', 'AM']);
  });

  it('splits sentences on . ! ? and treats a title without a full stop as one sentence', () => {
    expect(countSentences('Save. Cancel! Why?')).toBe(3);
    expect(countSentences('Add a medicine')).toBe(1);
    expect(countSentences('Take 0.5 mL a day.')).toBe(1);
  });

  it('gives the known grade of simple texts', () => {
    // 6 words, 6 syllables, 1 sentence: 0.39×6 + 11.8×1 − 15.59
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(-1.45, 2);
    // 9 words, 10 syllables, 1 sentence: 0.39×9 + 11.8×10/9 − 15.59
    expect(fleschKincaidGrade('Take one tablet by mouth two times a day.')).toBeCloseTo(1.031, 2);
    expect(countText('Take one tablet by mouth two times a day.')).toEqual({ words: 9, sentences: 1, syllables: 10 });
    expect(fleschKincaidGrade('')).toBe(0);
  });

  it('rates hard clinical wording far above plain wording', () => {
    const clinical = fleschKincaidGrade('Administer the medication subcutaneously immediately following hypoglycemic manifestations.');
    const plain = fleschKincaidGrade('Give the shot right away when blood sugar is low.');
    expect(clinical).toBeGreaterThan(12);
    expect(plain).toBeLessThan(6);
  });

  it('averages per text, weighted by words, skipping texts under 3 words', () => {
    const summary = summarizeGrades(['Save', 'Blood clot', 'The cat sat on the mat.', 'Take one tablet by mouth two times a day.']);
    expect(summary.graded).toBe(2);
    expect(summary.skipped).toBe(2);
    expect(summary.average).toBeCloseTo((-1.45 * 6 + 1.031 * 9) / 15, 2);
    expect(summarizeGrades([]).average).toBe(0);
  });
});
