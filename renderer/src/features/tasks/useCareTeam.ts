import type { CareTeamMember } from '../../../../shared/model/care-team';
import { listItems } from '../../../../shared/record/item-store';
import { useVaultData } from '../../vault/useSession';

/** The person's care team, by name; empty until a person is chosen. */
export function useCareTeam(personId: string): CareTeamMember[] {
  return useVaultData((session) => (personId ? listItems(session, 'careTeamMember', personId).sort((a, b) => a.name.localeCompare(b.name)) : []));
}
