import { CARE_TEAM_ROLES, type CareTeamMember } from '../../model/care-team';

type Sortable = Pick<CareTeamMember, 'coordinatesCare' | 'role' | 'name'>;

/**
 * The order a care team is listed in: whoever coordinates care (the "quarterback") first,
 * then by role as care usually flows (primary care, specialists, nurse…), then by name.
 */
export function compareCareTeam(locale?: string): (a: Sortable, b: Sortable) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return (a, b) =>
    Number(b.coordinatesCare) - Number(a.coordinatesCare) ||
    CARE_TEAM_ROLES.indexOf(a.role) - CARE_TEAM_ROLES.indexOf(b.role) ||
    collator.compare(a.name, b.name);
}

export function sortCareTeam<T extends Sortable>(members: readonly T[], locale?: string): T[] {
  return [...members].sort(compareCareTeam(locale));
}
