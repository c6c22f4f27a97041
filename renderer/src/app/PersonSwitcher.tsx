import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from './navigation';
import { scopeOf, type Route } from './routes';
import { useVaultData } from '../vault/useSession';
import { listPeople } from '../../../shared/people/people-store';
import { displayName } from '../features/people/display-name';

/** Whose record the screens show: one person, or everyone at once. Stays on the same section. */
export function PersonSwitcher(): ReactNode {
  const { t, i18n } = useTranslation();
  const { route, go } = useNavigation();
  const people = useVaultData((session) => listPeople(session, i18n.language));
  const id = useId();
  if (people.length === 0) return null;
  const current = scopeOf(route) ?? '';
  const switchTo = (personId: string | null): Route => {
    if (route.name === 'area' || route.name === 'item-new') return { name: 'area', area: route.area, personId };
    if (route.name === 'item' || route.name === 'item-edit') return { name: 'area', area: route.area, personId };
    if (route.name === 'search') return { name: 'search', personId };
    if (route.name === 'print') return { name: 'print', personId, ...(route.printout ? { printout: route.printout } : {}) };
    return { name: 'overview', personId };
  };
  return (
    <div className="person-switcher">
      <label htmlFor={id}>{t('nav.showing')}</label>
      <select id={id} value={current} onChange={(event) => go(switchTo(event.target.value || null))}>
        <option value="">{t('nav.everyone')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {displayName(person)}
          </option>
        ))}
      </select>
    </div>
  );
}
