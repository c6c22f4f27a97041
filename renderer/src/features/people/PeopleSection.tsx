import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation } from '../../app/navigation';
import { useVaultData } from '../../vault/useSession';
import { listPeople } from '../../../../shared/people/people-store';
import { itemsOf } from '../../../../shared/people/people-store';
import type { Person } from '../../../../shared/model/person';
import { displayName } from './display-name';
import { PersonSummary } from './PersonSummary';
import { RemovePersonDialog } from './RemovePersonDialog';

function PersonCard({ person, onRemove }: { person: Person; onRemove: () => void }): ReactNode {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const total = useVaultData((session) => itemsOf(session, person.id).length);
  const name = displayName(person);
  return (
    <li className="card person-card">
      <h3>
        <Link to={{ name: 'overview', personId: person.id }}>{name}</Link>
      </h3>
      {name !== person.fullName ? <p className="full-name">{person.fullName}</p> : null}
      <PersonSummary person={person} />
      <p className="muted">{total === 0 ? t('home.nothingYet') : t('home.records', { count: total })}</p>
      <div className="actions">
        <button type="button" className="button" aria-label={t('home.editNamed', { name })} onClick={() => go({ name: 'person-edit', personId: person.id })}>
          {t('home.edit')}
        </button>
        <button type="button" className="button button-quiet" aria-label={t('home.removeNamed', { name })} onClick={onRemove}>
          {t('home.remove')}
        </button>
      </div>
    </li>
  );
}

/** Everyone whose care is kept here, or the first step when there is no one yet. */
export function PeopleSection(): ReactNode {
  const { t, i18n } = useTranslation();
  const { go } = useNavigation();
  const people = useVaultData((session) => listPeople(session, i18n.language));
  const [removing, setRemoving] = useState<Person | null>(null);
  const addButton = (
    <button type="button" className="button button-primary" onClick={() => go({ name: 'person-new' })}>
      {t('home.addPerson')}
    </button>
  );
  return (
    <section aria-labelledby="people-heading" className="overview-section">
      <h2 id="people-heading">{t('home.title')}</h2>
      {people.length === 0 ? (
        <div className="empty-state">
          <h3>{t('home.emptyTitle')}</h3>
          <p>{t('home.emptyText')}</p>
          {addButton}
        </div>
      ) : (
        <>
          <ul className="card-list">
            {people.map((person) => (
              <PersonCard key={person.id} person={person} onRemove={() => setRemoving(person)} />
            ))}
          </ul>
          {addButton}
        </>
      )}
      {removing ? <RemovePersonDialog person={removing} onClose={() => setRemoving(null)} /> : null}
    </section>
  );
}
