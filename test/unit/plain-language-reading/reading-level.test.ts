import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PHRASES } from '../../../shared/plain-language/languages';
import { fleschKincaidGrade, MIN_WORDS_FOR_GRADE, summarizeGrades, wordsOf } from '../../../shared/plain-language-reading/flesch-kincaid';
import { medicationInstructions } from '../../../shared/record/medication/instructions-text';

/**
 * Are our English words at a grade 6 reading level? Every text is graded on its own with
 * Flesch–Kincaid; texts under MIN_WORDS_FOR_GRADE words are skipped (a grade for "Save"
 * means nothing) and the rest are averaged weighted by their words (see summarizeGrades).
 */
const root = join(import.meta.dirname, '../../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** Every string value in a locale file, with {{placeholders}}, $t(nesting) and <1>tags</1> made readable. */
function uiStrings(): string[] {
  const dir = join(root, 'resources/locales/en');
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value.replace(/\{\{[^}]*\}\}/g, 'Sam').replace(/\$t\([^)]*\)/g, 'it').replace(/<\/?\d+>/g, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) walk(readJson(`resources/locales/en/${file}`));
  return out;
}

function glossaryTexts(): string[] {
  const conditions = readJson('resources/glossary/conditions.json') as { entries: { plain: Record<string, string> }[] };
  const medicines = readJson('resources/glossary/medicines.json') as { entries: { purpose: Record<string, string> }[] };
  return [...conditions.entries.map((entry) => entry.plain.en ?? ''), ...medicines.entries.map((entry) => entry.purpose.en ?? '')];
}

type Fields = Parameters<typeof medicationInstructions>[0];
const base: Fields = {
  instructions: '',
  instructionsEdited: false,
  doseAmount: '1',
  doseUnit: '',
  form: 'tablet',
  route: 'mouth',
  timing: { kind: 'timesPerDay', timesPerDay: 1 },
  asNeeded: false,
  asNeededReason: '',
  foodCue: 'none',
} as Fields;
const med = (fields: Partial<Record<keyof Fields, unknown>>): Fields => ({ ...base, ...fields }) as Fields;

/** Typical medicines, as the structured form writes them. */
const TYPICAL: Fields[] = [
  med({}),
  med({ timing: { kind: 'timesPerDay', timesPerDay: 2 }, foodCue: 'withFood' }),
  med({ doseAmount: '2', form: 'capsule', timing: { kind: 'timesPerDay', timesPerDay: 3 } }),
  med({ doseAmount: '½', timing: { kind: 'setTimes', times: ['08:00', '20:00'] } }),
  med({ foodCue: 'atBedtime' }),
  med({ foodCue: 'emptyStomach', timing: { kind: 'setTimes', times: ['07:00'] } }),
  med({ doseAmount: '1-2', asNeeded: true, asNeededReason: 'pain', timing: { kind: 'everyHours', hours: 6 } }),
  med({ doseAmount: '2', form: 'puff', route: 'inhaled', asNeeded: true, asNeededReason: 'shortness of breath', timing: { kind: 'everyHours', hours: 4 } }),
  med({ doseAmount: '10', doseUnit: 'units', form: 'injection', route: 'injection', timing: { kind: 'setTimes', times: ['21:00'] } }),
  med({ doseAmount: '1', form: 'drop', route: 'eye', timing: { kind: 'timesPerDay', timesPerDay: 2 } }),
  med({ doseAmount: '5', form: 'liquid', timing: { kind: 'timesPerDay', timesPerDay: 2 }, foodCue: 'afterMeals' }),
  med({ form: 'patch', route: 'skin', timing: { kind: 'daysOfWeek', days: ['mon', 'thu'], timesPerDay: 1 } }),
  med({ timing: { kind: 'daysOfWeek', days: ['sun'], timesPerDay: 1 }, foodCue: 'beforeMeals' }),
  med({ doseAmount: '1', form: 'spray', route: 'nose', timing: { kind: 'timesPerDay', timesPerDay: 1 } }),
  med({ form: 'tablet', route: 'underTongue', asNeeded: true, asNeededReason: 'chest pain' }),
];

const round = (value: number): number => Math.round(value * 10) / 10;

describe('Reading level of our English words', () => {
  it('writes medicine instructions at grade 6 or below on average', () => {
    const sentences = TYPICAL.map((fields) => medicationInstructions(fields, BUILT_IN_PHRASES.en!));
    for (const sentence of sentences) expect(wordsOf(sentence).length).toBeGreaterThanOrEqual(MIN_WORDS_FOR_GRADE);
    const summary = summarizeGrades(sentences);
    expect(summary.graded).toBe(TYPICAL.length);
    expect(summary.average).toBeLessThanOrEqual(6);
  });

  it('keeps glossary everyday names and purposes at grade 6 or below on average', () => {
    const summary = summarizeGrades(glossaryTexts());
    expect(summary.graded).toBeGreaterThan(100);
    expect(summary.average).toBeLessThanOrEqual(6);
  });

  it('reports the UI strings (a summary of numbers and the hardest strings, no record data)', () => {
    const strings = uiStrings();
    const ui = summarizeGrades(strings);
    const sentences = summarizeGrades(TYPICAL.map((fields) => medicationInstructions(fields, BUILT_IN_PHRASES.en!)));
    const glossary = summarizeGrades(glossaryTexts());
    const worst = strings
      .filter((text) => wordsOf(text).length >= MIN_WORDS_FOR_GRADE)
      .map((text) => ({ grade: round(fleschKincaidGrade(text)), text }))
      .sort((a, b) => b.grade - a.grade)
      .slice(0, 10);
    console.log('Flesch–Kincaid grade (texts under 3 words skipped; average weighted by words)');
    console.table({
      'generated sentences': { texts: sentences.graded, skipped: sentences.skipped, average: round(sentences.average) },
      glossary: { texts: glossary.graded, skipped: glossary.skipped, average: round(glossary.average) },
      'UI strings': { texts: ui.graded, skipped: ui.skipped, average: round(ui.average) },
    });
    console.table(worst);
    expect(ui.graded).toBeGreaterThan(0);
  });
});
