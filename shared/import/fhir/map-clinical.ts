import type { AllergyInput } from '../../model/allergy';
import type { ConditionInput } from '../../model/condition';
import { codesOf, conceptCodes, conceptText, firstText, partialDateOf, statusCode } from './fhir-values';
import { clip, field, joinDistinct, list, objects, str, type JsonObject } from './json-access';
import type { MapContext } from './map-context';

/**
 * SNOMED CT codes that say there is no allergy (or that nobody asked): a statement about the
 * absence of allergies is not an allergy.
 */
const NO_ALLERGY_CODES = new Set(['716186003', '409137002', '428607008', '429625007', '428197003', '1631000175102']);
const NO_ALLERGY_WORDS = /^(no known|nkda|nka\b|no allergies|not on file|patient not asked)/i;

const SEVERITY: Readonly<Record<string, AllergyInput['severity']>> = { mild: 'mild', moderate: 'moderate', severe: 'severe' };
const CATEGORY: Readonly<Record<string, AllergyInput['category']>> = {
  medication: 'medicine',
  food: 'food',
  environment: 'environment',
  biologic: 'other',
};

const isRefuted = (status: string): boolean => status === 'refuted' || status === 'entered-in-error';

/** AllergyIntolerance (R4 `code`, DSTU2 `substance` and string statuses) → allergy. */
export function mapAllergy(resource: JsonObject, context: MapContext): void {
  const concept = field(resource, 'code') ?? field(resource, 'substance');
  const substance = conceptText(concept);
  const verification = statusCode(field(resource, 'verificationStatus') ?? field(resource, 'status'));
  if (isRefuted(verification)) return context.note('entered-in-error');
  if (conceptCodes(concept).some((code) => NO_ALLERGY_CODES.has(code)) || NO_ALLERGY_WORDS.test(substance)) return context.note('no-known-allergies');
  context.counts.allergies++;
  if (!substance) return context.note('item-unnamed');
  const reactions = objects(resource, 'reaction');
  const reactionWords = joinDistinct(reactions.flatMap((reaction) => [...list(reaction, 'manifestation').map(conceptText), str(reaction, 'description')]));
  const severities = reactions.map((reaction) => SEVERITY[str(reaction, 'severity')]).filter((severity) => severity !== undefined);
  const worst = (['severe', 'moderate', 'mild'] as const).find((level) => severities.includes(level));
  const critical = str(resource, 'criticality') === 'high' || str(resource, 'criticality') === 'CRITH';
  const category = list(resource, 'category').find((value): value is string => typeof value === 'string') ?? '';
  const input: AllergyInput = {
    substance: clip(substance, 200),
    reaction: clip(reactionWords, 300),
    severity: worst ?? (critical ? 'severe' : 'unknown'),
    type: str(resource, 'type') === 'intolerance' ? 'intolerance' : 'allergy',
    category: CATEGORY[category] ?? 'medicine',
    codes: codesOf(concept),
    notes: clip(joinDistinct(objects(resource, 'note').map((note) => str(note, 'text')), '\n'), 5000),
  };
  const recordedAt = firstText(resource, ['recordedDate'], ['recordedDate'], ['onsetDateTime'], ['assertedDate']);
  context.add('allergy', input, resource, recordedAt);
}

const RESOLVED = new Set(['inactive', 'resolved', 'remission']);

/** Condition (R4 CodeableConcept statuses, DSTU2 strings) → condition, SNOMED and ICD-10 codes kept. */
export function mapCondition(resource: JsonObject, context: MapContext): void {
  const verification = statusCode(field(resource, 'verificationStatus'));
  if (isRefuted(verification)) return context.note('entered-in-error');
  context.counts.problems++;
  const concept = field(resource, 'code');
  const name = conceptText(concept);
  if (!name) return context.note('item-unnamed');
  const clinical = statusCode(field(resource, 'clinicalStatus'));
  const abated = field(resource, 'abatementDateTime') !== undefined || field(resource, 'abatementPeriod') !== undefined || field(resource, 'abatementBoolean') === true;
  const input: ConditionInput = {
    name: clip(name, 200),
    status: RESOLVED.has(clinical) || (clinical === '' && abated) ? 'resolved' : 'active',
    since: partialDateOf(firstText(resource, ['onsetDateTime'], ['onsetPeriod', 'start'], ['onsetString'])),
    codes: codesOf(concept),
    notes: clip(joinDistinct(objects(resource, 'note').map((note) => str(note, 'text')), '\n'), 5000),
  };
  context.add('condition', input, resource, firstText(resource, ['recordedDate'], ['dateRecorded'], ['onsetDateTime']));
}
