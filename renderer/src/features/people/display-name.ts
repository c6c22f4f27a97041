import type { Person } from '../../../../shared/model/person';

/** The name people use day to day: the preferred name when given, else the full name. */
export function displayName(person: Pick<Person, 'fullName' | 'preferredName'>): string {
  return person.preferredName?.trim() || person.fullName;
}
