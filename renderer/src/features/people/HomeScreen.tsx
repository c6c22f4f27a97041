import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useNavigation } from '../../app/navigation';
import { useVaultData } from '../../vault/useSession';
import { listPeople, recordCounts } from '../../../../shared/people/people-store';
import type { Person } from '../../../../shared/model/person';
import { displayName } from './display-name';
import { PersonSummary } from './PersonSummary';
import { RemovePersonDialog } from './RemovePersonDialog';

function PersonCard({ person, onRemove }: { person: Person; onRemove: () => void }): ReactNode {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const total = useVaultData((session) => Object.values(recordCounts(session, person.id)).reduce((a, b) => a + b, 0));
  const name = displayName(person);
  return (
    <li className="card person-card">
      <h2>{name}</h2>
      {name !== person.fullName ? <p className="full-name">{person.fullName}</p> : null}
      <PersonSummary person={person} />
      <p className="muted">{total === 0 ? t('home.nothingYet') : t('home.records', { count: total })}</p>
      <div className="actions">
        <button type="button" className="button button-primary" aria-label={t('home.openNamed', { name })} onClick={() => go({ name: 'person', personId: person.id })}>
          {t('home.open')}
        </button>
        <button type="button" className="button" aria-label={t('home.editNamed', { name })} onClick={() => go({ name: 'edit-person', personId: person.id })}>
          {t('home.edit')}
        </button>
        <button type="button" className="button button-quiet" aria-label={t('home.removeNamed', { name })} onClick={onRemove}>
          {t('home.remove')}
        </button>
      </div>
    </li>
  );
}

/** Home: everyone whose care is kept here, or a first step when there is no one yet. */
export function HomeScreen(): ReactNode {
  const { t, i18n } = useTranslation();
  const { go } = useNavigation();
  const people = useVaultData((session) => listPeople(session, i18n.language));
  const [removing, setRemoving] = useState<Person | null>(null);
  const addButton = (
    <button type="button" className="button button-primary" onClick={() => go({ name: 'add-person' })}>
      {t('home.addPerson')}
    </button>
  );
  return (
    <div className="screen">
      <ScreenHeading>{t('home.title')}</ScreenHeading>
      {people.length === 0 ? (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('home.emptyTitle')}</h2>
          <p>{t('home.emptyText')}</p>
          {addButton}
        </section>
      ) : (
        <>
          <p className="lead">{t('home.intro')}</p>
          <ul className="card-list">
            {people.map((person) => (
              <PersonCard key={person.id} person={person} onRemove={() => setRemoving(person)} />
            ))}
          </ul>
          {addButton}
        </>
      )}
      {removing ? <RemovePersonDialog person={removing} onClose={() => setRemoving(null)} /> : null}
    </div>
  );
}
