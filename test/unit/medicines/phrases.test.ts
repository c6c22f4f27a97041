// The instruction phrases are data: every shipped language is complete, and a broken file is refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePhrases, pluralForm } from '../../../shared/plain-language/phrases';
import { BUILT_IN_PHRASES } from '../../../shared/plain-language/languages';
import { formatClockTime } from '../../../shared/plain-language/clock';
import { fill, tidy } from '../../../shared/plain-language/template';

const LOCALES = join(import.meta.dirname, '../../../resources/locales');
const files = readdirSync(LOCALES).filter((lang) => readdirSync(join(LOCALES, lang)).includes('instructions.json'));

describe('instruction phrase files', () => {
  it('exist for English and Spanish, and every one is built in', () => {
    expect(files).toEqual(expect.arrayContaining(['en', 'es']));
    for (const lang of files) expect(BUILT_IN_PHRASES[lang], lang).toBeDefined();
  });

  it.each(files)('%s/instructions.json is complete', (lang) => {
    expect(parsePhrases(JSON.parse(readFileSync(join(LOCALES, lang, 'instructions.json'), 'utf8')))).not.toBeNull();
  });

  it('refuses phrases with something missing', () => {
    const en = structuredClone(BUILT_IN_PHRASES.en!) as Record<string, unknown>;
    expect(parsePhrases(en)).not.toBeNull();
    expect(parsePhrases({ ...en, actions: { mouth: 'Take {{dose}} by mouth' } })).toBeNull();
    expect(parsePhrases({ ...en, units: { tablet_one: 'tablet' } })).toBeNull();
    expect(parsePhrases({ ...en, sentence: '  ' })).toBeNull();
    expect(parsePhrases(null)).toBeNull();
    expect(parsePhrases('en')).toBeNull();
  });
});

describe('grammar helpers', () => {
  it('picks a plural form, falling back to "other"', () => {
    const group = { tablet_one: 'tablet', tablet_other: 'tablets' };
    expect(pluralForm(group, 'tablet', 'one')).toBe('tablet');
    expect(pluralForm(group, 'tablet', 'few')).toBe('tablets');
    expect(pluralForm(group, 'capsule', 'one')).toBe('');
  });

  it('fills placeholders and tidies what was left empty', () => {
    expect(fill('{{a}} and {{ b }}, {{missing}}', { a: 1, b: 'two' })).toBe('1 and two, ');
    expect(tidy('take  it , , with food .', 'en')).toBe('Take it, with food.');
    expect(tidy('take it  , .', 'en')).toBe('Take it.');
    expect(tidy(', itself.', 'en')).toBe('Itself.');
  });

  it('reads a clock time in 12 hours with the period word of each hour', () => {
    expect(formatClockTime('00:30', BUILT_IN_PHRASES.en!)).toEqual({ text: '12:30 AM', shownHour: 12 });
    expect(formatClockTime('13:05', BUILT_IN_PHRASES.es!)).toEqual({ text: '1:05 de la tarde', shownHour: 1 });
    expect(formatClockTime('24:00', BUILT_IN_PHRASES.en!)).toBeNull();
    expect(formatClockTime('', BUILT_IN_PHRASES.en!)).toBeNull();
    const twentyFour = { ...BUILT_IN_PHRASES.en!, clock: '{{hour24}}:{{minute}}' };
    expect(formatClockTime('13:05', twentyFour)).toEqual({ text: '13:05', shownHour: 13 });
  });
});
