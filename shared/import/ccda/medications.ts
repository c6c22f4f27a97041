import type { MedicationInput, MedicationStatus } from '../../model/medication';
import { writeInstructions } from '../../plain-language/instructions';
import { instructionPhrases } from '../../plain-language/languages';
import { translateShorthand } from '../../plain-language/shorthand';
import type { ImportedItem } from '../bundle';
import { attr, child, childrenNamed, path, type XmlElement } from '../xml';
import { clip, codesOf, endOf, firstName, fullDate, idsOf, isNegated, readTs, startOf, templatesOf } from './cda-values';
import { makeItem, warn, type EntryContext } from './entry-context';
import { brandOf, doseOf, formOf, routeOf, strengthOf, timingOf } from './medication-details';

const T = '2.16.840.1.113883.10.20.22.4.';
const INDICATION = `${T}19`;
const INSTRUCTION = `${T}20`;
const FREE_TEXT_SIG = `${T}147`;

/** "No known medications", "none": a statement that there is nothing, not a medicine. */
const NOTHING = /^(no(ne)?\b|no known|not taking|patient (is )?not taking|nkm\b)/i;

const related = (entry: XmlElement, template: string): XmlElement[] =>
  childrenNamed(entry, 'entryRelationship').flatMap((relationship) => relationship.children.filter((element) => templatesOf(element).includes(template)));

/** The name of what is taken: RxNorm display, original text, the material's name, a translation, the entry's text. */
function productName(entry: XmlElement, context: EntryContext): { name: string; material: XmlElement | undefined } {
  const material = path(entry, 'consumable', 'manufacturedProduct', 'manufacturedMaterial');
  const code = child(material, 'code');
  const name = context.narrative.codeText(code) || firstName(material) || context.narrative.textOf(child(entry, 'text'));
  return { name: name.replace(/\s+/g, ' ').trim(), material };
}

function statusOf(entry: XmlElement, endDate: string, today: string): MedicationStatus {
  const code = attr(child(entry, 'statusCode'), 'code').toLowerCase();
  if (code === 'suspended' || code === 'held') return 'paused';
  if (code === 'aborted' || code === 'cancelled' || code === 'nullified' || code === 'obsolete') return 'stopped';
  if (endDate !== '' && endDate < today) return 'stopped';
  return 'taking';
}

/** The free-text sig: the Free Text Sig (4.147), else the entry's own narrative if it is not just the name. */
function sigOf(entry: XmlElement, name: string, context: EntryContext): string {
  for (const sig of related(entry, FREE_TEXT_SIG)) {
    const words = context.narrative.textOf(child(sig, 'text'));
    if (words) return words;
  }
  const own = context.narrative.textOf(child(entry, 'text'));
  if (own && own.toLowerCase() !== name.toLowerCase() && !own.toLowerCase().startsWith(name.toLowerCase())) return own;
  return '';
}

/** The status reason of a medicine the care team plans (Planned Medication Activity 4.42): not started yet. */
export const PLANNED_REASON = 'Planned by the care team; not started yet.';

/**
 * Maps one Medication Activity (4.16), or a Planned Medication Activity (4.42) as a medicine
 * paused with PLANNED_REASON; null (with a warning) when the entry states there is none.
 */
export function mapMedication(entry: XmlElement, context: EntryContext, planned = false): ImportedItem<'medication'> | null {
  const { name, material } = productName(entry, context);
  if (isNegated(entry)) {
    warn(context, 'negated-medication', `A medicine marked as not taken${name ? ` (${name})` : ''} was not added.`);
    return null;
  }
  if (!name || NOTHING.test(name)) {
    warn(context, name ? 'no-medications' : 'medication-without-name', name ? `"${name}" is a statement, not a medicine.` : 'A medicine entry without a name was not added.');
    return null;
  }
  const codes = codesOf([child(material, 'code')]);
  const { timing, foodCue, interval } = timingOf(entry);
  const { doseAmount, doseUnit } = doseOf(entry);
  const route = routeOf(child(entry, 'routeCode'), name);
  const form = formOf(name, child(entry, 'administrationUnitCode'));
  const criterion = path(entry, 'precondition', 'criterion');
  const asNeeded = criterion !== undefined;
  const asNeededReason = asNeeded ? clip(context.narrative.codeText(child(criterion, 'value')) || context.narrative.textOf(child(criterion, 'text')), 200) : '';
  const startDate = fullDate(startOf(interval));
  const endDate = fullDate(endOf(interval));
  const purpose = related(entry, INDICATION)
    .map((indication) => context.narrative.codeText(child(indication, 'value')) || context.narrative.textOf(child(indication, 'text')))
    .filter(Boolean)
    .join('; ');
  const sig = sigOf(entry, name, context);
  const patientInstructions = related(entry, INSTRUCTION)
    .map((instruction) => context.narrative.textOf(child(instruction, 'text')) || context.narrative.codeText(child(instruction, 'code')))
    .filter(Boolean);
  const structured = { doseAmount, doseUnit, form, route: route ?? 'mouth', timing, asNeeded, asNeededReason, foodCue };
  const saysEnough = doseAmount !== '' && (timing.kind !== 'none' || asNeeded || foodCue !== 'none');
  const instructions = saysEnough ? writeInstructions(structured, instructionPhrases('en')) : sig ? translateShorthand(sig, 'en').text : '';
  const prescriber = firstName(path(entry, 'author', 'assignedAuthor', 'assignedPerson'));
  const notes = [
    sig ? `Instructions as written: ${sig}` : '',
    ...patientInstructions.map((instruction) => `Instructions: ${instruction}`),
    prescriber ? `Prescribed by ${prescriber}` : '',
  ].filter(Boolean);
  const input: MedicationInput = {
    name: clip(name, 200),
    brandName: brandOf(name),
    strength: clip(strengthOf(name), 100),
    form,
    doseAmount,
    doseUnit,
    route: route ?? (form === 'cream' || form === 'patch' ? 'skin' : 'mouth'),
    timing,
    asNeeded,
    asNeededReason,
    foodCue,
    instructions: clip(instructions, 1000),
    purpose: clip(purpose, 300),
    startDate,
    endDate,
    status: planned ? 'paused' : statusOf(entry, endDate, context.today),
    statusReason: planned ? PLANNED_REASON : '',
    codes,
    notes: clip(notes.join('\n'), 5000),
  };
  const recordedAt = readTs(attr(path(entry, 'author', 'time'), 'value'))?.date ?? startDate;
  return makeItem('medication', input, context, idsOf(entry), recordedAt);
}
