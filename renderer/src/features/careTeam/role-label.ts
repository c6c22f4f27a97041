import type { TFunction } from 'i18next';
import type { CareTeamMember } from '../../../../shared/model/care-team';

/** "Primary care", or "Specialist: Cardiology" when the specialty is known. */
export function roleLabel(t: TFunction<'careTeam'>, member: Pick<CareTeamMember, 'role' | 'specialty'>): string {
  const role = t(`roles.${member.role}`);
  return member.role === 'specialist' && member.specialty ? t('roleWithSpecialty', { role, specialty: member.specialty }) : role;
}

/** The three parts people play, as stored flags, in the order cards list them. */
export const CARE_FLAGS = ['coordinatesCare', 'schedulesVisits', 'managesMedicines'] as const;
