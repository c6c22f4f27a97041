import { describe, expect, it } from 'vitest';
import { careTeamMemberInputSchema, careTeamMemberSchema } from '../../../shared/model/care-team';

const messages = (input: unknown): string[] => {
  const result = careTeamMemberInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('Care team member schema', () => {
  it('needs only a name; everything else starts empty or off, as primary care', () => {
    expect(careTeamMemberInputSchema.parse({ name: '  Dr. Ana Lee ' })).toEqual({
      name: 'Dr. Ana Lee',
      role: 'primaryCare',
      specialty: '',
      organization: '',
      phone: '',
      fax: '',
      email: '',
      address: '',
      portalUrl: '',
      coordinatesCare: false,
      schedulesVisits: false,
      managesMedicines: false,
      emergencyContact: false,
      handles: '',
      notes: '',
    });
  });

  it('gives each problem its own translation key', () => {
    expect(messages({ name: '  ' })).toEqual(['careTeam.nameRequired']);
    expect(messages({ name: 'A', email: 'not an address' })).toEqual(['email.format']);
    expect(messages({ name: 'A', portalUrl: 'mychart.example.org' })).toEqual(['url.format']);
    expect(messages({ name: 'A', portalUrl: 'javascript:alert(1)' })).toEqual(['url.format']);
    expect(messages({ name: 'A', portalUrl: 'file:///etc/passwd' })).toEqual(['url.format']);
    expect(messages({ name: 'x'.repeat(201) })).toEqual(['text.tooLong']);
    expect(messages({ name: 'A', role: 'surgeon' })).not.toEqual([]);
  });

  it('trims a pasted email address and portal link before checking them', () => {
    const member = careTeamMemberInputSchema.parse({ name: 'A', email: ' lee@clinic.example ', portalUrl: ' https://mychart.example.org/ ' });
    expect(member.email).toBe('lee@clinic.example');
    expect(member.portalUrl).toBe('https://mychart.example.org/');
  });

  it('accepts every role and the three parts people play', () => {
    for (const role of careTeamMemberInputSchema.shape.role.unwrap().options) {
      expect(messages({ name: 'A', role, coordinatesCare: true, schedulesVisits: true, managesMedicines: true })).toEqual([]);
    }
  });

  it('stores kind and meta beside the fields', () => {
    const stored = careTeamMemberSchema.parse({ name: 'A', kind: 'careTeamMember', id: 'c1', personId: 'p1', createdAt: 't', updatedAt: 't' });
    expect(stored.source).toEqual({ type: 'manual' });
    expect(careTeamMemberSchema.safeParse({ name: 'A', kind: 'condition', id: 'c1', personId: 'p1', createdAt: 't', updatedAt: 't' }).success).toBe(false);
  });
});
