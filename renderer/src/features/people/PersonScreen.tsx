import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useNavigation } from '../../app/navigation';
import { useVaultData } from '../../vault/useSession';
import { getPerson } from '../../../../shared/people/people-store';
import { formatCalendarDate } from '../../i18n/format-date';
import { displayName } from './display-name';
import { PersonSummary } from './PersonSummary';
import { RemovePersonDialog } from './RemovePersonDialog';

/** One person's page: who they are, and (as areas are added) their care record. */
export function PersonScreen({ personId }: { personId: string }): ReactNode {
  const { t, i18n } = useTranslation();
  const { go } = useNavigation();
  const person = useVaultData((session) => getPerson(session, personId));
  const [removing, setRemoving] = useState(false);
  if (!person) {
    return (
      <div className="screen">
        <button type="button" className="button button-link" onClick={() => go({ name: 'home' })}>
          {t('person.backToPeople')}
        </button>
      </div>
    );
  }
  const name = displayName(person);
  const notGiven = <span className="muted">{t('person.notGiven')}</span>;
  return (
    <div className="screen">
      <button type="button" className="button button-link back-link" onClick={() => go({ name: 'home' })}>
        <span aria-hidden="true">← </span>
        {t('person.backToPeople')}
      </button>
      <ScreenHeading>{name}</ScreenHeading>
      <PersonSummary person={person} />
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
          <button type="button" className="button" onClick={() => go({ name: 'edit-person', personId })}>
            {t('person.editDetails')}
          </button>
          <button type="button" className="button button-quiet" aria-label={t('home.removeNamed', { name })} onClick={() => setRemoving(true)}>
            {t('home.remove')}
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="record-heading">
        <h2 id="record-heading">{t('person.recordTitle')}</h2>
        <p>{t('person.recordEmpty', { name })}</p>
      </section>
      {removing ? <RemovePersonDialog person={person} onClose={() => setRemoving(false)} /> : null}
    </div>
  );
}
