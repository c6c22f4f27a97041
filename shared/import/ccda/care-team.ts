import type { CareTeamMemberInput, CareTeamRole } from '../../model/care-team';
import type { ImportedItem } from '../bundle';
import { attr, child, childrenNamed, path, type XmlElement } from '../xml';
import { addressOf, clip, firstName, idsOf, telecoms } from './cda-values';
import { makeItem, type EntryContext } from './entry-context';

function roleOf(functionCode: XmlElement | undefined, specialty: string): CareTeamRole {
  const code = attr(functionCode, 'code').toUpperCase();
  const words = `${attr(functionCode, 'displayName')} ${specialty}`;
  if (code === 'PCP' || /primary care|family (medicine|practice)|general practice|internal medicine/i.test(words)) return 'primaryCare';
  if (/pharmac/i.test(words)) return 'pharmacist';
  if (/nurse|case manag/i.test(words)) return 'nurseCaseManager';
  if (/social work/i.test(words)) return 'socialWorker';
  if (/therap/i.test(words)) return 'therapist';
  if (/dentist|dental/i.test(words)) return 'dentist';
  if (specialty) return 'specialist';
  return 'other';
}

/** One person of the care team from an assignedEntity / assignedAuthor; null for devices and blanks. */
function memberOf(entity: XmlElement | undefined, functionCode: XmlElement | undefined, context: EntryContext): CareTeamMemberInput | null {
  if (!entity) return null;
  const person = child(entity, 'assignedPerson');
  const name = firstName(person);
  if (!name) return null;
  const organization = child(entity, 'representedOrganization');
  const specialty = context.narrative.codeText(child(entity, 'code'));
  const contact = telecoms(entity);
  return {
    name: clip(name, 200),
    role: roleOf(functionCode, specialty),
    specialty: clip(specialty, 120),
    organization: clip(firstName(organization), 200),
    phone: clip(contact.phone || telecoms(organization).phone, 60),
    fax: clip(contact.fax, 60),
    email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.email) ? contact.email : '',
    address: clip(addressOf(entity) || addressOf(organization), 400),
  };
}

/**
 * The people caring for the patient: the header's service-event performers, the document's
 * authors, the encompassing encounter's responsible party and participants, and the Care Team
 * organizer's members (4.500.1, found by the reader's walk). One item per name within a document.
 */
export function mapCareTeam(document: XmlElement, memberActs: readonly XmlElement[], context: EntryContext, patientName: string): ImportedItem<'careTeamMember'>[] {
  const found: Array<{ input: CareTeamMemberInput; ids: string[] }> = [];
  const add = (entity: XmlElement | undefined, functionCode: XmlElement | undefined): void => {
    const input = memberOf(entity, functionCode, context);
    // A patient who wrote their own document (an advance directive) is not their own care team.
    if (!input || input.name.toLowerCase() === patientName.toLowerCase()) return;
    const same = found.find((other) => other.input.name.toLowerCase() === input.name.toLowerCase());
    if (same) {
      if (same.input.role === 'other' && input.role !== 'other') same.input.role = input.role;
      for (const key of ['phone', 'organization', 'address', 'specialty'] as const) if (!same.input[key]) same.input[key] = input[key] ?? '';
      return;
    }
    found.push({ input, ids: idsOf(entity) });
  };
  for (const event of childrenNamed(document, 'documentationOf')) {
    for (const performer of childrenNamed(child(event, 'serviceEvent'), 'performer')) add(child(performer, 'assignedEntity'), child(performer, 'functionCode'));
  }
  for (const author of childrenNamed(document, 'author')) add(child(author, 'assignedAuthor'), child(author, 'functionCode'));
  const encounter = path(document, 'componentOf', 'encompassingEncounter');
  add(path(encounter, 'responsibleParty', 'assignedEntity'), undefined);
  for (const participant of childrenNamed(encounter, 'encounterParticipant')) add(child(participant, 'assignedEntity'), undefined);
  for (const act of memberActs) {
    for (const performer of childrenNamed(act, 'performer')) add(child(performer, 'assignedEntity'), child(performer, 'functionCode'));
  }
  return found.map(({ input, ids }) => makeItem('careTeamMember', input, context, ids, context.provenance.documentDate)).filter((item) => item !== null);
}
