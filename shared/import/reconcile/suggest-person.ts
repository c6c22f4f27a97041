import type { ImportedPerson } from '../bundle';
import { normalizeName } from './normalize';

interface KnownPerson {
  id: string;
  fullName: string;
  preferredName?: string;
  birthDate: string;
}

/** Name words without the digits some generated records add ("Abe604 Frami345" → abe, frami). */
const words = (name: string): string[] =>
  normalizeName(name.replace(/\d+/g, ' '))
    .split(' ')
    .filter((word) => word.length > 1);

/**
 * The person a file most likely belongs to: the same birth date and a shared name word, or,
 * when either side has no birth date, the same full name. Null when nobody fits: the screen
 * then suggests adding someone new.
 */
export function suggestPerson(file: ImportedPerson, people: readonly KnownPerson[]): string | null {
  const fileWords = new Set(words(file.name));
  if (fileWords.size === 0 && file.birthDate === '') return null;
  const sharesWord = (person: KnownPerson): boolean => [...words(person.fullName), ...words(person.preferredName ?? '')].some((word) => fileWords.has(word));
  const byBirthAndName = people.find((person) => file.birthDate !== '' && person.birthDate === file.birthDate && sharesWord(person));
  if (byBirthAndName) return byBirthAndName.id;
  const sameName = words(file.name).join(' ');
  const byName = people.find((person) => (file.birthDate === '' || person.birthDate === '') && sameName !== '' && words(person.fullName).join(' ') === sameName);
  return byName?.id ?? null;
}
