import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../../shared/import/json/parse-json';

/** Nesting of a parsed value: each array or object is one level. */
const depthOf = (value: unknown): number =>
  typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value as Record<string, unknown>).map(depthOf)) : 0;

describe('the depth cap on random JSON', () => {
  it('refuses exactly the texts nested deeper than the limit, whatever their strings hold', () => {
    const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', 'a', ' ') });
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(tricky, tie('value'), { maxKeys: 3 })),
    })).value;
    fc.assert(
      fc.property(json, fc.integer({ min: 1, max: 6 }), (value, limit) => {
        const text = JSON.stringify(value);
        const outcome = parseJsonText(text, { maxFileBytes: 1_000_000, maxDepth: limit });
        if (depthOf(value) > limit) expect(outcome).toMatchObject({ ok: false, error: { code: 'too-deep' } });
        else expect(outcome).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 1000 },
    );
  });
});
