import { CodeCollector, type Codes } from '../../model/fields';
import { isRealDay, todayIso } from '../../model/dates';
import { isObject, joinDistinct, list, objects, str, type JsonObject } from './json-access';

/** Code systems the binder keeps in their own lists (FHIR URIs and the OIDs C-CDA-derived data uses). */
const RXNORM = new Set(['http://www.nlm.nih.gov/research/umls/rxnorm', 'https://www.nlm.nih.gov/research/umls/rxnorm', 'urn:oid:2.16.840.1.113883.6.88']);
const SNOMED = new Set(['http://snomed.info/sct', 'https://snomed.info/sct', 'urn:oid:2.16.840.1.113883.6.96']);
const ICD10 = new Set([
  'http://hl7.org/fhir/sid/icd-10-cm',
  'http://hl7.org/fhir/sid/icd-10',
  'urn:oid:2.16.840.1.113883.6.90',
  'urn:oid:2.16.840.1.113883.6.3',
]);

/** Some senders add a trailing slash to a system URI ("…/rxnorm/"). */
const normalSystem = (system: string): string => (system.endsWith('/') ? system.replace(/\/+$/, '') : system);

/** Every coding of a CodeableConcept, sorted into the binder's code lists; nothing dropped. */
export const codesOf = (concept: unknown): Codes => codesOfAll([concept]);

/** Every coding of every concept in a list, sorted into the binder's code lists, each code once. */
export function codesOfAll(concepts: readonly unknown[]): Codes {
  const collector = new CodeCollector();
  for (const concept of concepts)
    for (const coding of list(concept, 'coding')) {
      if (!isObject(coding)) continue;
      const code = str(coding, 'code');
      if (code === '') continue;
      const system = normalSystem(str(coding, 'system'));
      const codeList = RXNORM.has(system) ? 'rxnorm' : SNOMED.has(system) ? 'snomed' : ICD10.has(system) ? 'icd10' : null;
      collector.add(codeList, code, system, str(coding, 'display'));
    }
  return collector.codes;
}

/** SNOMED CT's semantic tag ("Anemia (disorder)"): for terminologists, not for the person reading. */
const SEMANTIC_TAG =
  / \((?:disorder|finding|procedure|product|medicinal product|clinical drug|substance|situation|observable entity|regime\/therapy|qualifier value|morphologic abnormality|body structure|physical object|event|environment|record artifact)\)$/i;

/** The words of a CodeableConcept: its text, else the first coding's display, else '' (SNOMED's semantic tag left off). */
export function conceptText(concept: unknown): string {
  if (typeof concept === 'string') return concept.trim().replace(SEMANTIC_TAG, '');
  const text = str(concept, 'text');
  if (text) return text.replace(SEMANTIC_TAG, '');
  for (const coding of objects(concept, 'coding')) {
    const display = str(coding, 'display');
    if (display) return display.replace(SEMANTIC_TAG, '');
  }
  return '';
}

/** The code values of a concept (any system), lower-cased, for checks against known codes. */
export const conceptCodes = (concept: unknown): string[] => objects(concept, 'coding').map((coding) => str(coding, 'code').toLowerCase());

/** A status written as a plain code (R4 `code`), a CodeableConcept (R4) or a string (DSTU2). */
export function statusCode(value: unknown): string {
  if (typeof value === 'string') return value.trim().toLowerCase();
  return conceptCodes(value)[0] ?? str(value, 'text').toLowerCase();
}

/** The words of several concepts, joined. */
export const conceptsText = (concepts: unknown[]): string => joinDistinct(concepts.map(conceptText));

/** A person's name as written: HumanName.text, else prefix given family suffix (R4 or DSTU2 lists). */
export function humanName(names: unknown): string {
  const all = list(names).filter(isObject);
  const chosen = all.find((name) => str(name, 'use') === 'official') ?? all.find((name) => str(name, 'use') !== 'old') ?? all[0];
  if (!chosen) return '';
  const text = str(chosen, 'text');
  if (text) return text;
  const parts = [...strings(chosen, 'prefix'), ...strings(chosen, 'given'), ...strings(chosen, 'family'), ...strings(chosen, 'suffix')];
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const strings = (value: JsonObject, key: string): string[] =>
  list(value, key)
    .filter((part): part is string => typeof part === 'string')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** YYYY-MM-DD of a FHIR date or dateTime when it names a real day, else ''. */
export function dayOf(value: string): string {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return match && isRealDay(match[0]) ? match[0] : '';
}

/** A year, month or day as written (for "since when"), never later than today; else ''. */
export function partialDateOf(value: string): string {
  const match = /^(\d{4})(-(0[1-9]|1[0-2]))?(-(0[1-9]|[12]\d|3[01]))?/.exec(value);
  if (!match) return '';
  const written = match[0];
  if (written.length === 10 && dayOf(written) === '') return '';
  return written > todayIso().slice(0, written.length) ? '' : written;
}

/** The local wall-clock time of a FHIR dateTime as YYYY-MM-DDTHH:mm (a date alone reads as midnight). */
export function localDateTimeOf(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(T(\d{2}):(\d{2}))?/.exec(value);
  if (!match || dayOf(match[1] ?? '') === '') return '';
  const hour = Number(match[3] ?? '0');
  const minute = Number(match[4] ?? '0');
  if (hour > 23 || minute > 59) return '';
  return `${match[1]}T${match[3] ?? '00'}:${match[4] ?? '00'}`;
}

/**
 * The time zone a dateTime's offset stands for: whole-hour offsets have an IANA name
 * (Etc/GMT+5 is five hours behind UTC — the sign is inverted by the standard); others read as UTC.
 */
export function timeZoneOf(value: string): string {
  const match = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):(\d{2})$/.exec(value);
  if (!match || match[3] !== '00') return 'UTC';
  const hours = Number(match[2]);
  if (hours === 0 || hours > 12) return 'UTC';
  return `Etc/GMT${match[1] === '-' ? '+' : '-'}${hours}`;
}

/** First non-empty string among a resource's fields (R4 and DSTU2 names for the same thing). */
export function firstText(resource: unknown, ...paths: string[][]): string {
  for (const path of paths) {
    const found = str(resource, ...path);
    if (found) return found;
  }
  return '';
}
