import { newId } from '../model/ids';
import { careItemSchema, type CareItem } from '../model/item';
import { personInputSchema, personSchema, type Person, type PersonInput } from '../model/person';
import type { RecordRef } from '../vault/record-refs';
import type { VaultSession } from '../vault/session';

/** People in the vault, sorted by name the way the reader's language sorts. */
export function listPeople(session: VaultSession, locale = 'en'): Person[] {
  const people: Person[] = [];
  for (const value of session.all('people').values()) {
    const parsed = personSchema.safeParse(value);
    if (parsed.success) people.push(parsed.data);
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return people.sort((a, b) => collator.compare(a.preferredName || a.fullName, b.preferredName || b.fullName));
}

export function getPerson(session: VaultSession, id: string): Person | undefined {
  const parsed = personSchema.safeParse(session.get('people', id));
  return parsed.success ? parsed.data : undefined;
}

/** Adds a person (no id) or updates one (with id). Input is validated here, whatever the form did. */
export async function savePerson(session: VaultSession, input: PersonInput, id?: string, now = new Date()): Promise<Person> {
  const fields = personInputSchema.parse(input);
  const existing = id ? getPerson(session, id) : undefined;
  const person: Person = {
    ...fields,
    id: existing?.id ?? newId(),
    createdAt: existing?.createdAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await session.commit({ put: [{ table: 'people', id: person.id, value: person }] });
  return person;
}

/**
 * Everything stored for a person, of every kind — including kinds this version cannot
 * show — read from the frame of each item (id, person, kind) without validating the rest.
 */
export function itemsOf(session: VaultSession, personId: string): CareItem[] {
  const items: CareItem[] = [];
  for (const value of session.all('items').values()) {
    const frame = value as Partial<CareItem> | null;
    if (frame?.personId !== personId) continue;
    const parsed = careItemSchema.safeParse(value);
    if (parsed.success) items.push(parsed.data);
  }
  return items;
}

/** How many records of each kind go with a person: what the delete confirmation names. */
export function recordCounts(session: VaultSession, personId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of itemsOf(session, personId)) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  return counts;
}

/**
 * Removes a person and everything recorded for them, in one transaction: their items, of any
 * kind, and the settings rows that are theirs alone (the import decisions remembered for them,
 * which name the files imported).
 */
export async function deletePerson(session: VaultSession, personId: string): Promise<void> {
  const remove: RecordRef[] = [{ table: 'people', id: personId }];
  // By the person each row names, without validating the rest: a row this version cannot read goes too.
  for (const table of ['items', 'settings'] as const) {
    for (const [id, value] of session.all(table)) if ((value as { personId?: unknown } | null)?.personId === personId) remove.push({ table, id });
  }
  await session.commit({ remove });
}
