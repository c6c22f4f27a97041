import { describe, expect, it } from 'vitest';
import { formatSince } from '../../../renderer/src/features/conditions/format-since';
import { parseCodes } from '../../../renderer/src/features/conditions/codes-text';

describe('Condition details as shown and typed', () => {
  it('writes "since" out only as precisely as it was given', () => {
    expect(formatSince('2019', 'en')).toBe('2019');
    expect(formatSince('2019-04', 'en')).toBe('April 2019');
    expect(formatSince('2019-04-15', 'en')).toBe('April 15, 2019');
    expect(formatSince('2019-04', 'es')).toBe('abril de 2019');
    expect(formatSince('2019-04-15', 'es')).toBe('15 de abril de 2019');
  });

  it('reads codes typed with commas, semicolons or spaces', () => {
    expect(parseCodes('I10, E11.9')).toEqual(['I10', 'E11.9']);
    expect(parseCodes(' I10;E11.9  I10 ')).toEqual(['I10', 'E11.9']);
    expect(parseCodes('  ')).toEqual([]);
  });
});
