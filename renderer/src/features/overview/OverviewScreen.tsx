import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useScope } from '../../record/useScope';
import { PeopleSection } from '../people/PeopleSection';
import { PersonDetails } from '../people/PersonDetails';
import { PersonSummary } from '../people/PersonSummary';
import { displayName } from '../people/display-name';
import { OverviewSections } from './OverviewSections';

/** The first screen after unlocking: everyone, or one person — what needs attention now. */
export function OverviewScreen(): ReactNode {
  const { t } = useTranslation();
  const { personId, person } = useScope();
  if (personId && !person) {
    return <ScreenHeading>{t('nav.overview')}</ScreenHeading>;
  }
  return (
    <div className="screen">
      <ScreenHeading>{person ? displayName(person) : t('nav.overview')}</ScreenHeading>
      {person ? <PersonSummary person={person} /> : null}
      <OverviewSections />
      {person ? <PersonDetails person={person} /> : <PeopleSection />}
    </div>
  );
}
