import { describe, expect, it } from 'vitest';
import { parseDoseAmount, pluralCategory, type DoseAmount } from '../../../shared/plain-language/dose-amount';

const parsed = (text: string): DoseAmount => {
  const result = parseDoseAmount(text);
  if (typeof result === 'string') throw new Error(`${text}: ${result}`);
  return result;
};

describe('parseDoseAmount', () => {
  it.each([
    ['1', '1', 1],
    ['12', '12', 12],
    ['0.5', '0.5', 0.5],
    ['0.125', '0.125', 0.125],
    ['½', '½', 0.5],
    ['1½', '1½', 1.5],
    ['1 ½', '1½', 1.5],
    ['1/2', '½', 0.5],
    ['2/3', '⅔', 2 / 3],
    ['1 1/2', '1½', 1.5],
    ['3/8', '3/8', 0.375],
    ['2 3/8', '2 3/8', 2.375],
  ])('%j is shown as %j (value %d)', (text, display, value) => {
    const amount = parsed(text);
    expect(amount.display).toBe(display);
    expect(amount.high.value).toBeCloseTo(value);
    expect(amount.isRange).toBe(false);
  });

  it.each([
    ['1-2', '1-2', 1, 2],
    ['1 - 2', '1-2', 1, 2],
    ['1–2', '1-2', 1, 2],
    ['½-1', '½-1', 0.5, 1],
    ['1/2-1', '½-1', 0.5, 1],
    ['0.5-1', '0.5-1', 0.5, 1],
  ])('range %j is shown as %j', (text, display, low, high) => {
    const amount = parsed(text);
    expect(amount).toMatchObject({ display, isRange: true });
    expect(amount.low.value).toBe(low);
    expect(amount.high.value).toBe(high);
  });

  it.each([
    ['', 'format'],
    ['one', 'format'],
    ['1 tab', 'format'],
    ['1,5', 'format'],
    ['.5', 'format'],
    ['1/0', 'format'],
    ['1-2-3', 'format'],
    ['1-', 'format'],
    ['-1', 'format'],
    ['0', 'zero'],
    ['0.0', 'trailingZero'],
    ['1.0', 'trailingZero'],
    ['2.50', 'trailingZero'],
    ['2-1', 'rangeOrder'],
    ['1-1', 'rangeOrder'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseDoseAmount(text)).toBe(problem);
  });
});

describe('pluralCategory', () => {
  it.each([
    ['1', 'en', 'one'],
    ['2', 'en', 'other'],
    ['½', 'en', 'one'],
    ['1/4', 'es', 'one'],
    ['1½', 'en', 'other'],
    ['0.5', 'en', 'other'],
    ['0.5', 'es', 'other'],
    ['1-2', 'en', 'other'],
    ['½-1', 'en', 'one'],
    ['1', 'es', 'one'],
  ])('%j in %s is %s', (text, locale, category) => {
    expect(pluralCategory(parsed(text), locale)).toBe(category);
  });
});
