import { useTranslation } from 'react-i18next';
import { useNavigation } from '../app/navigation';
import { scopeOf } from '../app/routes';
import { useVaultData } from '../vault/useSession';
import { listPeople } from '../../../shared/people/people-store';
import type { Person } from '../../../shared/model/person';

export interface Scope {
  /** The person the screen is about, or null for everyone. */
  personId: string | null;
  person: Person | undefined;
  /** Everyone in the vault, sorted by name. */
  people: Person[];
  /** The people the screen shows: one, or all. */
  inScope: Person[];
}

export function useScope(): Scope {
  const { i18n } = useTranslation();
  const { route } = useNavigation();
  const personId = scopeOf(route);
  const people = useVaultData((session) => listPeople(session, i18n.language));
  const person = personId ? people.find((p) => p.id === personId) : undefined;
  return { personId, person, people, inScope: person ? [person] : personId ? [] : people };
}
