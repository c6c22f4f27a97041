import { z } from 'zod';
import type { CareTeamMemberInput, CareTeamRole } from '../../model/care-team';
import { conceptsText, humanName } from './fhir-values';
import { clip, field, list, objects, str, type JsonObject } from './json-access';
import type { MapContext } from './map-context';
import { sourceIdOf, type FoundResource } from './resource-index';

interface Draft {
  input: CareTeamMemberInput;
  resource: JsonObject;
  sourceIds: string[];
}

const emailSchema = z.email();

function contactOf(resource: JsonObject): Pick<CareTeamMemberInput, 'phone' | 'fax' | 'email' | 'address'> {
  const telecom = objects(resource, 'telecom');
  const value = (system: string): string => str(telecom.find((entry) => str(entry, 'system') === system && str(entry, 'value') !== ''), 'value');
  const email = value('email').replace(/^mailto:/i, '');
  const address = objects(resource, 'address')[0];
  const lines = address ? [...list(address, 'line').filter((line): line is string => typeof line === 'string'), str(address, 'city'), [str(address, 'state'), str(address, 'postalCode')].filter(Boolean).join(' ')] : [];
  return {
    phone: clip(value('phone'), 60),
    fax: clip(value('fax'), 60),
    email: emailSchema.safeParse(email).success ? email : '',
    address: clip(lines.map((line) => line.trim()).filter(Boolean).join(', '), 400),
  };
}

/** A specialty or role in words to the binder's roles; family and internal medicine are primary care. */
function roleOf(words: string): CareTeamRole {
  if (/primary|family (medicine|practice)|general practi|internal medicine|\bpcp\b/i.test(words)) return 'primaryCare';
  if (/pharmac/i.test(words)) return 'pharmacist';
  if (/social work/i.test(words)) return 'socialWorker';
  if (/case manag|care coordinat|nurse/i.test(words)) return 'nurseCaseManager';
  if (/therap/i.test(words)) return 'therapist';
  if (/dentist|dental/i.test(words)) return 'dentist';
  if (/home health/i.test(words)) return 'homeHealth';
  if (/caregiver|mother|father|daughter|son|spouse|wife|husband|family/i.test(words)) return 'familyCaregiver';
  return words.trim() ? 'specialist' : 'other';
}

/** Organizations that pay rather than care (insurers) are not care-team members. */
const isPayer = (organization: JsonObject): boolean => objects(organization, 'type').some((type) => /\b(pay|ins)\b/i.test(JSON.stringify(list(type, 'coding').map((coding) => str(coding, 'code')))));

/**
 * Practitioner, PractitionerRole, Organization and CareTeam → care-team members, one per person
 * or organization however many resources name them (a PractitionerRole adds the organization and
 * specialty to its practitioner; a CareTeam adds the role).
 */
export function mapCareTeam(found: readonly FoundResource[], context: MapContext): void {
  const drafts = new Map<string, Draft>();
  const draftFor = (resource: JsonObject): Draft | undefined => {
    const key = sourceIdOf(resource);
    const existing = drafts.get(key);
    if (existing) return existing;
    const type = str(resource, 'resourceType');
    const name = type === 'Organization' ? str(resource, 'name') : humanName(field(resource, 'name'));
    if (!name) return undefined;
    const draft: Draft = {
      input: { name: clip(name, 200), role: type === 'RelatedPerson' ? 'familyCaregiver' : 'other', organization: type === 'Organization' ? clip(name, 200) : '', ...contactOf(resource) },
      resource,
      sourceIds: [key],
    };
    drafts.set(key, draft);
    return draft;
  };
  const fromReference = (reference: unknown, from: JsonObject): Draft | undefined => {
    const resource = context.index.resolve(reference, from);
    if (resource) return draftFor(resource);
    const display = str(reference, 'display');
    const target = str(reference, 'reference');
    // The person whose record this is is never their own care-team member.
    if (!display || /(^|\/)(Patient|Group)\//.test(target)) return undefined;
    // Only named, not included: a member by name alone (its key is the name, so it is added once).
    const type = /(^|\/)RelatedPerson\//.test(target) ? 'RelatedPerson' : /(^|\/)Organization\//.test(target) ? 'Organization' : 'Practitioner';
    return draftFor({ resourceType: type, id: `display:${display}`, name: type === 'Organization' ? display : [{ text: display }] });
  };

  for (const { resource, type } of found) {
    if (type === 'Practitioner') draftFor(resource);
    else if (type === 'Organization' && !isPayer(resource)) draftFor(resource);
  }
  for (const { resource, type } of found) {
    if (type !== 'PractitionerRole') continue;
    const practitioner = fromReference(field(resource, 'practitioner'), resource);
    if (!practitioner) continue;
    const organization = context.index.resolve(field(resource, 'organization'), resource);
    const specialty = conceptsText([...list(resource, 'specialty'), ...list(resource, 'code')]);
    practitioner.input.organization ||= clip(organization ? str(organization, 'name') : str(resource, 'organization', 'display'), 200);
    practitioner.input.specialty ||= clip(specialty, 120);
    if (practitioner.input.role === 'other') practitioner.input.role = roleOf(specialty);
    const contact = contactOf(resource);
    practitioner.input.phone ||= contact.phone;
    practitioner.input.email ||= contact.email;
    practitioner.input.address ||= contact.address;
    practitioner.sourceIds.push(sourceIdOf(resource));
  }
  for (const { resource, type } of found) {
    if (type !== 'CareTeam') continue;
    for (const participant of objects(resource, 'participant')) {
      const member = fromReference(field(participant, 'member'), resource);
      if (!member || str(member.resource, 'resourceType') === 'Patient') continue;
      const role = conceptsText(list(participant, 'role'));
      if (member.input.role === 'other' && role) member.input.role = roleOf(role);
      if (!member.sourceIds.includes(sourceIdOf(resource))) member.sourceIds.push(sourceIdOf(resource));
    }
  }
  for (const draft of drafts.values()) {
    if (str(draft.resource, 'resourceType') === 'Patient') continue;
    context.counts.careTeam++;
    context.add('careTeamMember', draft.input, draft.resource, '', { sourceIds: draft.sourceIds });
  }
}
