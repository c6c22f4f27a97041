import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepsNumbers, translateShorthand } from '../../../shared/plain-language/shorthand/index';

const WORDS = [
  'po', 'bid', 'tid', 'qid', 'qhs', 'prn', 'qd', 'tab', 'tabs', 'cap', 'gtt', 'b.d.', 't.d.s.', 'q.d.s.', 'mane', 'nocte', 'x', 'for', 'days',
  'then', 'pain', 'mg', 'ml', 'U', 'IU', 'µg', 'q', 'h', 'hrs', 'every', 'other', 'day', 'weekly', 'as', 'directed', 'with', 'food', '-', '/',
  'to', 'or', 'one', 'two', 'mdd', 'up', 'times', 'a', 'Mon', 'qAM', 'qod', '(', ')', 'daily', 'take', 'apply', 'in', 'eye', 'ear',
];
const token = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.integer({ min: 0, max: 1000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a}/${b}`),
  fc.string({ maxLength: 6 }),
);
const shorthand = fc.array(token, { maxLength: 14 }).map((tokens) => tokens.join(' '));

describe('translateShorthand with random shorthand', () => {
  it('never throws and never loses a number', () => {
    fc.assert(
      fc.property(shorthand, fc.constantFrom('en' as const, 'es' as const), (text, language) => {
        const result = translateShorthand(text, language);
        expect(keepsNumbers(text, result.text)).toBe(true);
        if (result.complete) expect(result.flags).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expect(keepsNumbers(text, translateShorthand(text, 'en').text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
