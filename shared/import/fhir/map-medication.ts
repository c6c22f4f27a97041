import type { DoseForm, MedicationInput, MedicationStatus, Route } from '../../model/medication';
import { instructionPhrases } from '../../plain-language/languages';
import { writeInstructions } from '../../plain-language/instructions';
import { translateShorthand } from '../../plain-language/shorthand';
import type { ImportedLinks } from '../bundle';
import { codesOfAll, conceptText, conceptsText, dayOf, firstText, humanName, statusCode } from './fhir-values';
import { clip, field, isObject, joinDistinct, list, num, objects, str, type JsonObject } from './json-access';
import type { MapContext } from './map-context';
import { readDosage } from './map-dosage';
import { formOf, splitMedicationName } from './medication-name';
import { sourceIdOf } from './resource-index';

/** Where a medicine in this form goes when the order names no route. */
const ROUTE_OF_FORM: Partial<Record<DoseForm, Route>> = {
  tablet: 'mouth',
  capsule: 'mouth',
  liquid: 'mouth',
  puff: 'inhaled',
  patch: 'skin',
  cream: 'skin',
  injection: 'injection',
};

const STATUS: Readonly<Record<string, MedicationStatus>> = {
  active: 'taking',
  intended: 'taking',
  draft: 'taking',
  'on-hold': 'paused',
  suspended: 'paused',
  completed: 'stopped',
  stopped: 'stopped',
  cancelled: 'stopped',
  'not-taken': 'stopped',
};

/** The medicine's concept and its Medication resource (contained `#id`, in the bundle, or only named). */
function medicationConcept(resource: JsonObject, context: MapContext): { concept: unknown; medication: JsonObject | undefined } {
  const inline = field(resource, 'medicationCodeableConcept');
  if (inline !== undefined) return { concept: inline, medication: undefined };
  const reference = field(resource, 'medicationReference');
  const medication = context.index.resolve(reference, resource);
  if (medication) return { concept: field(medication, 'code'), medication };
  // A reference that leads nowhere still names the medicine in its display.
  return { concept: { text: str(reference, 'display') }, medication: undefined };
}

/** The person who ordered it, by name, with the care-team entry the review can link. */
function prescriberOf(resource: JsonObject, context: MapContext): ImportedLinks['prescriber'] {
  const reference = field(resource, 'requester') ?? field(resource, 'prescriber') ?? field(resource, 'informationSource');
  // R3-era requests nest the agent: requester.agent.
  const target = field(reference, 'agent') ?? reference;
  const found = context.index.resolve(target, resource);
  if (found && str(found, 'resourceType') === 'PractitionerRole') {
    const practitioner = context.index.resolve(field(found, 'practitioner'), found);
    if (practitioner) return { name: humanName(field(practitioner, 'name')), sourceIds: [sourceIdOf(practitioner)] };
  }
  const name = found ? humanName(field(found, 'name')) || str(found, 'name') : str(target, 'display');
  if (!name) return undefined;
  return { name, sourceIds: found ? [sourceIdOf(found)] : [] };
}

/** Why it was ordered: reasonCode words, else the conditions reasonReference points to. */
function purposeOf(resource: JsonObject, context: MapContext): string {
  // R4 reasonCode; DSTU2 MedicationOrder reasonCodeableConcept and MedicationStatement reasonForUseCodeableConcept.
  const codes = conceptsText([...list(resource, 'reasonCode'), ...list(resource, 'reasonCodeableConcept'), ...list(resource, 'reasonForUseCodeableConcept')]);
  if (codes) return codes;
  const referenced = [...list(resource, 'reasonReference'), ...list(resource, 'reasonForUseReference')].map((reference) => {
    const condition = context.index.resolve(reference, resource);
    return condition ? conceptText(field(condition, 'code')) : str(reference, 'display');
  });
  return joinDistinct(referenced);
}

/**
 * Synthea repeats the same order at every visit, so the same fields come back many times; the
 * sentence (which builds Intl plural rules each time) is remembered for the most recent few hundred.
 */
const sentences = new Map<string, string>();
function sentenceFromFields(fields: MedicationInput): string {
  const key = JSON.stringify([fields.doseAmount, fields.doseUnit, fields.form, fields.route, fields.timing, fields.asNeeded, fields.asNeededReason, fields.foodCue]);
  let sentence = sentences.get(key);
  if (sentence === undefined) {
    sentence = writeInstructions(fields, instructionPhrases('en'));
    if (sentences.size >= 500) sentences.clear();
    sentences.set(key, sentence);
  }
  return sentence;
}

/** The plain-language sentence: built from structured dose and timing, else the sig translated. */
function instructionsOf(fields: MedicationInput, dosage: ReturnType<typeof readDosage>): { instructions: string; edited: boolean } {
  // A sentence from the fields only when the fields say everything the order says ("every 4-6 hours" does not fit).
  if (dosage.structured && (dosage.exact || !dosage.text)) return { instructions: sentenceFromFields(fields), edited: false };
  if (dosage.patientInstruction) return { instructions: dosage.patientInstruction, edited: true };
  if (dosage.text) return { instructions: translateShorthand(dosage.text, 'en').text, edited: true };
  return { instructions: '', edited: false };
}

/**
 * MedicationRequest (R4), MedicationOrder (DSTU2) and MedicationStatement → one medicine each.
 * Repeated orders stay separate items with their own sourceIds and date; they share codes and
 * the same normalized name, which is what reconciliation collapses them by.
 */
export function mapMedication(resource: JsonObject, context: MapContext): void {
  const status = statusCode(field(resource, 'status'));
  if (status === 'entered-in-error') return context.note('entered-in-error');
  context.counts.medications++;
  const { concept, medication } = medicationConcept(resource, context);
  const written = conceptText(concept);
  if (!written) return context.note('item-unnamed');
  const parts = splitMedicationName(written);
  const dosages = [...objects(resource, 'dosageInstruction'), ...objects(resource, 'dosage')];
  const dosage = readDosage(dosages[0]);
  const form = dosage.form ?? parts.form ?? formOf(conceptText(field(medication, 'form'))) ?? 'other';
  const route = dosage.route ?? ROUTE_OF_FORM[form] ?? 'other';
  const dispense = field(resource, 'dispenseRequest');
  const supplyDays = num(dispense, 'expectedSupplyDuration', 'value');
  const refills = num(dispense, 'numberOfRepeatsAllowed');
  const period = field(resource, 'effectivePeriod') ?? field(dispense, 'validityPeriod');
  const recordedAt = firstText(resource, ['authoredOn'], ['dateWritten'], ['dateAsserted'], ['effectiveDateTime'], ['effectivePeriod', 'start']);
  const fields: MedicationInput = {
    name: clip(parts.name, 200),
    brandName: clip(parts.brandName, 200),
    strength: clip(parts.strength, 100),
    form,
    doseAmount: dosage.doseAmount,
    doseUnit: clip(dosage.doseUnit, 40),
    route,
    timing: dosage.timing,
    asNeeded: dosage.asNeeded,
    asNeededReason: clip(dosage.asNeededReason, 200),
    foodCue: dosage.foodCue,
    purpose: clip(purposeOf(resource, context), 300),
    startDate: dayOf(str(period, 'start') || recordedAt),
    endDate: dayOf(str(period, 'end')),
    status: STATUS[status] ?? 'taking',
    statusReason: clip(conceptsText(list(resource, 'statusReason')), 500),
    daysSupply: supplyDays !== null && Number.isInteger(supplyDays) && supplyDays >= 1 && supplyDays <= 400 ? supplyDays : null,
    refillsLeft: refills !== null && Number.isInteger(refills) && refills >= 0 && refills <= 99 ? refills : null,
    codes: codesOfAll([concept, field(medication, 'code')]),
    // The sig as the prescriber wrote it is kept beside the plain sentence, so nothing is lost.
    notes: clip(joinDistinct([dosage.text, dosage.patientInstruction, ...objects(resource, 'note').map((note) => str(note, 'text'))], '\n'), 5000),
  };
  const { instructions, edited } = instructionsOf(fields, dosage);
  fields.instructions = clip(instructions, 1000);
  fields.instructionsEdited = edited;
  const prescriber = prescriberOf(resource, context);
  context.add('medication', fields, resource, recordedAt, prescriber ? { links: { prescriber } } : {});
}

export const isMedicationResource = (type: string): boolean => type === 'MedicationRequest' || type === 'MedicationOrder' || type === 'MedicationStatement';

/** True when a value is a resource object (used when contained resources are walked). */
export const isResource = (value: unknown): value is JsonObject => isObject(value) && typeof value.resourceType === 'string';
