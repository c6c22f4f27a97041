import { describe, expect, it } from 'vitest';
import { sortCareTeam } from '../../../shared/record/care-team/order';
import { mailtoHref, telHref } from '../../../shared/record/care-team/contact-links';
import type { CareTeamRole } from '../../../shared/model/care-team';

const member = (name: string, role: CareTeamRole, coordinatesCare = false) => ({ name, role, coordinatesCare });

describe('Care team order', () => {
  it('puts the care coordinator first, then follows the roles, then names', () => {
    const sorted = sortCareTeam(
      [
        member('Zed Pharmacy', 'pharmacist'),
        member('Dr Young', 'specialist'),
        member('Dr Adams', 'specialist'),
        member('Nurse Kim', 'nurseCaseManager', true),
        member('Dr Lee', 'primaryCare'),
        member('Maria', 'familyCaregiver'),
      ],
      'en',
    );
    expect(sorted.map((m) => m.name)).toEqual(['Nurse Kim', 'Dr Lee', 'Dr Adams', 'Dr Young', 'Zed Pharmacy', 'Maria']);
  });

  it('does not change the list it was given', () => {
    const list = [member('B', 'other'), member('A', 'other')];
    sortCareTeam(list);
    expect(list.map((m) => m.name)).toEqual(['B', 'A']);
  });
});

describe('Contact links', () => {
  it('turns phone numbers as people write them into tel: links', () => {
    expect(telHref('(555) 123-4567')).toBe('tel:5551234567');
    expect(telHref('+1 555.123.4567')).toBe('tel:+15551234567');
    expect(telHref('555-123-4567 ext. 89')).toBe('tel:5551234567;ext=89');
    expect(telHref('555 123 4567 x12')).toBe('tel:5551234567;ext=12');
    expect(telHref('911')).toBe('tel:911');
  });

  it('gives no link when there is nothing to dial', () => {
    expect(telHref('')).toBeNull();
    expect(telHref('ask at the desk')).toBeNull();
    expect(telHref('12')).toBeNull();
  });

  it('writes mailto: only for a single plain address', () => {
    expect(mailtoHref(' lee@clinic.example ')).toBe('mailto:lee@clinic.example');
    expect(mailtoHref('lee@clinic.example?subject=x')).toBeNull();
    expect(mailtoHref('not an address')).toBeNull();
    expect(mailtoHref('')).toBeNull();
  });
});
