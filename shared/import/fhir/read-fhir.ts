import { COUNT_KEYS, importError, type DocumentPart, type ImportedAttachment, type ImportedPerson, type ReadContext, type ReadOutcome } from '../bundle';
import { collectResources, type Collected } from './collect-resources';
import { isDstu2 } from './fhir-version';
import { dayOf, humanName } from './fhir-values';
import { field, str, type JsonObject } from './json-access';
import { mapCareTeam } from './map-care-team';
import { mapAllergy, mapCondition } from './map-clinical';
import { MapContext } from './map-context';
import { mapEmbeddedDocument } from './map-documents';
import { mapMedication } from './map-medication';
import { mapObservation } from './map-observation';
import { mapCarePlan, mapGoal } from './map-plans';
import { mapAppointment, mapEncounter } from './map-visits';
import { ResourceIndex } from './resource-index';

type Mapper = (resource: JsonObject, context: MapContext) => void;

const MAPPERS: Readonly<Record<string, Mapper>> = {
  MedicationRequest: mapMedication,
  MedicationOrder: mapMedication,
  MedicationStatement: mapMedication,
  AllergyIntolerance: mapAllergy,
  Condition: mapCondition,
  Encounter: mapEncounter,
  Appointment: mapAppointment,
  Goal: mapGoal,
  CarePlan: mapCarePlan,
  Observation: mapObservation,
};

/** Read elsewhere: the person, the care team (all at once), referenced resources and documents. */
const READ_TOGETHER = new Set(['Patient', 'Practitioner', 'PractitionerRole', 'Organization', 'CareTeam', 'RelatedPerson', 'Medication', 'Immunization', 'DocumentReference', 'Binary', 'Composition']);

/** Reads FHIR JSON: a Bundle, a single resource (R4 or DSTU2), a list of resources, or NDJSON (one resource per line). Never throws. */
export function readFhir(bytes: Uint8Array, context: ReadContext): ReadOutcome {
  try {
    const gathered = collectResources(bytes, context.limits);
    if (!gathered.ok) return gathered;
    const collected = gathered.collected;
    const format = collected.ndjson ? 'fhir-ndjson' : isDstu2(collected.resources) ? 'fhir-dstu2' : 'fhir-r4';
    return { ok: true, part: mapResources(collected, context), format };
  } catch (error) {
    // A shape no mapper foresaw must still end as a typed refusal, never as a crash of the import.
    return importError('malformed-json', `The FHIR content could not be read: ${error instanceof Error ? error.name : 'error'}`);
  }
}

function personOf(patients: readonly JsonObject[]): ImportedPerson {
  const patient = patients[0];
  if (!patient) return { name: '', birthDate: '' };
  return { name: humanName(field(patient, 'name')), birthDate: dayOf(str(patient, 'birthDate')) };
}

function mapResources(collected: Collected, read: ReadContext): DocumentPart {
  const index = new ResourceIndex();
  for (const found of collected.resources) index.add(found);
  const composition = collected.resources.find((found) => found.type === 'Composition')?.resource;
  const patients = collected.resources.filter((found) => found.type === 'Patient').map((found) => found.resource);
  const organizationOf = (reference: unknown): string => str(index.resolve(reference), 'name') || str(reference, 'display');
  const documentPath = read.documentPath || (collected.bundle?.id ?? '');
  const title = str(composition, 'title');
  const organization = organizationOf(field(composition, 'custodian')) || organizationOf(field(patients[0], 'managingOrganization'));
  const date = collected.bundle?.timestamp || str(composition, 'date') || (collected.bundle?.lastUpdated ?? '');
  const context = new MapContext(index, { fileName: read.fileName, documentPath, documentTitle: title, organization, documentDate: date });

  const distinctPatients = new Set(patients.map((patient) => str(patient, 'id') || JSON.stringify(field(patient, 'name'))));
  if (distinctPatients.size > 1) context.note('several-people', distinctPatients.size);

  let skipped = collected.unread;
  for (const { resource, type } of collected.resources) {
    const mapper = MAPPERS[type];
    if (mapper) mapper(resource, context);
    else if (type === 'Immunization') countImmunization(resource, context);
    else if (!READ_TOGETHER.has(type)) skipped++;
  }
  mapCareTeam(collected.resources, context);
  if (context.counts.immunizations > 0) context.note('immunizations-not-kept', context.counts.immunizations);
  if (skipped > 0) context.note('resources-not-read', skipped);

  const embedded: DocumentPart[] = [];
  const attachments: ImportedAttachment[] = [];
  const handledBinaries = new Set<JsonObject>();
  for (const { resource, type } of collected.resources) {
    if (type !== 'DocumentReference') continue;
    const result = mapEmbeddedDocument(resource, context, read, handledBinaries);
    embedded.push(...result.parts);
    attachments.push(...result.attachments);
  }
  for (const { resource, type } of collected.resources) {
    if (type !== 'Binary' || handledBinaries.has(resource)) continue;
    const result = mapEmbeddedDocument(resource, context, read, handledBinaries);
    embedded.push(...result.parts);
    attachments.push(...result.attachments);
  }

  const own: DocumentPart = {
    documents: [{ path: documentPath, title, type: collected.container, organization, date }],
    person: personOf(patients),
    items: context.items,
    counts: context.counts,
    attachments,
    warnings: context.warnings(documentPath),
  };
  return embedded.length === 0 ? own : withEmbedded(own, embedded);
}

/** Adds what embedded C-CDA documents gave to the FHIR file's own part, keeping every item. */
function withEmbedded(own: DocumentPart, embedded: readonly DocumentPart[]): DocumentPart {
  const counts = { ...own.counts };
  for (const part of embedded) for (const key of COUNT_KEYS) counts[key] += part.counts[key];
  return {
    documents: [...own.documents, ...embedded.flatMap((part) => part.documents)],
    person: own.person.name ? own.person : (embedded.find((part) => part.person.name)?.person ?? own.person),
    items: [...own.items, ...embedded.flatMap((part) => part.items)],
    counts,
    attachments: [...own.attachments, ...embedded.flatMap((part) => part.attachments)],
    warnings: [...own.warnings, ...embedded.flatMap((part) => part.warnings)],
  };
}

/** Immunizations are counted (the binder has no area for them yet); ones not given are not counted. */
function countImmunization(resource: JsonObject, context: MapContext): void {
  const status = str(resource, 'status');
  if (status === 'entered-in-error' || status === 'not-done' || field(resource, 'wasNotGiven') === true) return;
  context.counts.immunizations++;
}

