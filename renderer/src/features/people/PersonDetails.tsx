import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { formatCalendarDate } from '../../i18n/format-date';
import type { Person } from '../../../../shared/model/person';
import { displayName } from './display-name';
import { RemovePersonDialog } from './RemovePersonDialog';

/** Who the person is, with Edit and Remove. */
export function PersonDetails({ person }: { person: Person }): ReactNode {
  const { t, i18n } = useTranslation();
  const { go } = useNavigation();
  const [removing, setRemoving] = useState(false);
  const name = displayName(person);
  const notGiven = <span className="muted">{t('person.notGiven')}</span>;
  return (
    <section className="card" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('person.details')}</h2>
      <dl className="details">
        <dt>{t('person.fullName')}</dt>
        <dd>{person.fullName}</dd>
        <dt>{t('person.preferredName')}</dt>
        <dd>{person.preferredName || notGiven}</dd>
        <dt>{t('person.birthDate')}</dt>
        <dd>{person.birthDate ? formatCalendarDate(person.birthDate, i18n.language) : notGiven}</dd>
        <dt>{t('person.relationship')}</dt>
        <dd>{person.relationship ? t(`person.relationships.${person.relationship}`) : notGiven}</dd>
        <dt>{t('person.preferredLanguage')}</dt>
        <dd>{person.preferredLanguage || notGiven}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="button" onClick={() => go({ name: 'person-edit', personId: person.id })}>
          {t('person.editDetails')}
        </button>
        <button type="button" className="button button-quiet" aria-label={t('home.removeNamed', { name })} onClick={() => setRemoving(true)}>
          {t('home.remove')}
        </button>
      </div>
      {removing ? <RemovePersonDialog person={person} onClose={() => setRemoving(false)} /> : null}
    </section>
  );
}
