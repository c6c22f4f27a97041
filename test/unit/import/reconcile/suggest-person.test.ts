import { describe, expect, it } from 'vitest';
import { suggestPerson } from '../../../../shared/import/reconcile/suggest-person';

const people = [
  { id: 'rosa', fullName: 'Rosa María Delgado', preferredName: 'Rosa', birthDate: '1948-06-02' },
  { id: 'abe', fullName: 'Abe Frami', birthDate: '' },
  { id: 'other-rosa', fullName: 'Rosa Lopez', birthDate: '1990-01-01' },
];

describe('suggestPerson', () => {
  it('picks the person with the same birth date and a shared name word', () => {
    expect(suggestPerson({ name: 'DELGADO, ROSA', birthDate: '1948-06-02' }, people)).toBe('rosa');
  });
  it('reads generated names without their digits, by full name when a birth date is missing', () => {
    expect(suggestPerson({ name: 'Abe604 Frami345', birthDate: '1960-01-01' }, people)).toBe('abe');
  });
  it('suggests nobody when only a first name is shared or nothing is known', () => {
    expect(suggestPerson({ name: 'Rosa Martinez', birthDate: '1975-03-03' }, people)).toBeNull();
    expect(suggestPerson({ name: '', birthDate: '' }, people)).toBeNull();
  });
});
