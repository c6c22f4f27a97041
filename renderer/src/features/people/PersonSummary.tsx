import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/model/person';
import { ageOn } from '../../../../shared/model/dates';
import { formatCalendarDate } from '../../i18n/format-date';

/** One line about a person: born when, how old, who they are to the user. */
export function PersonSummary({ person }: { person: Person }): ReactNode {
  const { t, i18n } = useTranslation();
  const parts: string[] = [];
  if (person.birthDate) {
    parts.push(t('home.born', { date: formatCalendarDate(person.birthDate, i18n.language) }));
    parts.push(t('home.age', { count: ageOn(person.birthDate) }));
  }
  if (person.relationship) parts.push(t(`person.relationships.${person.relationship}`));
  return parts.length > 0 ? <p className="person-summary">{parts.join(' · ')}</p> : null;
}
