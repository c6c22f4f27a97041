import type { CareTeamMember } from '../../model/care-team';
import type { Medication } from '../../model/medication';

export interface KeyContacts {
  emergency: CareTeamMember[];
  pharmacy: { name: string; phone: string } | null;
  primaryCare: CareTeamMember | null;
}

/** The most common non-empty value (the pharmacy most medicines say they come from). */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values.map((v) => v.trim()).filter((v) => v !== '')) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/**
 * Who a clinician or a paramedic needs to reach: the people marked as emergency contacts,
 * the pharmacy (a pharmacist in the care team, else the pharmacy most medicines name) and
 * the primary care clinician.
 */
export function keyContacts(team: readonly CareTeamMember[], meds: readonly Medication[]): KeyContacts {
  const pharmacist = team.find((member) => member.role === 'pharmacist');
  const pharmacyName = pharmacist ? pharmacist.organization || pharmacist.name : mostCommon(meds.filter((m) => m.status !== 'stopped').map((m) => m.pharmacy));
  return {
    emergency: team.filter((member) => member.emergencyContact),
    pharmacy: pharmacyName ? { name: pharmacyName, phone: pharmacist?.phone ?? '' } : null,
    primaryCare: team.find((member) => member.role === 'primaryCare') ?? null,
  };
}
