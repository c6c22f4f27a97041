import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from './navigation';
import { useVaultData } from '../vault/useSession';
import { listPeople } from '../../../shared/people/people-store';
import { displayName } from '../features/people/display-name';

/** Jump straight to anyone's record from any screen. */
export function PersonSwitcher(): ReactNode {
  const { t, i18n } = useTranslation();
  const { route, go } = useNavigation();
  const people = useVaultData((session) => listPeople(session, i18n.language));
  const id = useId();
  if (people.length === 0) return null;
  const current = route.name === 'person' || route.name === 'edit-person' ? route.personId : '';
  return (
    <div className="person-switcher">
      <label htmlFor={id}>{t('nav.showing')}</label>
      <select
        id={id}
        value={current}
        onChange={(event) => go(event.target.value ? { name: 'person', personId: event.target.value } : { name: 'home' })}
      >
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
