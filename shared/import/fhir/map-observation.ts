import type { MeasurementInput, MeasurementType } from '../../model/measurement';
import { codesOf, codesOfAll, conceptCodes, conceptText, firstText, localDateTimeOf, statusCode } from './fhir-values';
import { clip, field, joinDistinct, list, num, objects, str, type JsonObject } from './json-access';
import type { MapContext } from './map-context';

const BP_PANELS = new Set(['85354-9', '55284-4', '35094-2']);
const SYSTOLIC = '8480-6';
const DIASTOLIC = '8462-4';
/** LOINC codes the binder has its own measurement type for. */
const TYPE_OF_LOINC: Readonly<Record<string, MeasurementType>> = {
  '29463-7': 'weight',
  '3141-9': 'weight',
  '2339-0': 'bloodSugar',
  '2345-7': 'bloodSugar',
  '41653-7': 'bloodSugar',
  '14749-6': 'bloodSugar',
  '4548-4': 'a1c',
  '17856-6': 'a1c',
  '72514-3': 'pain',
};
/** Vital signs named by code, for observations that carry no category (older or partial data). */
const VITAL_LOINC = new Set([...BP_PANELS, SYSTOLIC, DIASTOLIC, '29463-7', '3141-9', '8302-2', '8867-4', '9279-1', '8310-5', '39156-5', '2708-6', '59408-5', '72514-3', '8287-5']);

/** Units as people read them: UCUM's `[lb_av]` is "lb". */
const UNIT_WORDS: Readonly<Record<string, string>> = { '[lb_av]': 'lb', '[in_i]': 'in', 'mm[Hg]': 'mmHg', '/min': '/min', Cel: '°C', '[degF]': '°F', '{score}': '' };

type Kind = 'vitals' | 'results' | 'other';

/** Where an observation says when it was taken, in order of preference. */
const EFFECTIVE_PATHS = [['effectiveDateTime'], ['effectivePeriod', 'start'], ['effectiveInstant'], ['issued']];

/** What a category says, by any of its codes or its words. */
const CATEGORY_KINDS: Readonly<Record<string, Kind>> = { 'vital-signs': 'vitals', laboratory: 'results', lab: 'results' };

function kindOf(resource: JsonObject, codes: string[]): Kind {
  const categories = list(resource, 'category');
  if (categories.length === 0) return codes.some((code) => VITAL_LOINC.has(code)) ? 'vitals' : field(resource, 'valueQuantity') !== undefined ? 'results' : 'other';
  // Vital signs win over a lab category on the same observation.
  let kind: Kind = 'other';
  for (const category of categories) {
    for (const code of conceptCodes(category)) {
      const named = categoryKind(code);
      if (named === 'vitals') return 'vitals';
      if (named === 'results') kind = 'results';
    }
    const named = categoryKind(conceptText(category).toLowerCase());
    if (named === 'vitals') return 'vitals';
    if (named === 'results') kind = 'results';
  }
  return kind;
}

const categoryKind = (word: string): Kind | undefined => (Object.hasOwn(CATEGORY_KINDS, word) ? CATEGORY_KINDS[word] : undefined);

const unitOf = (quantity: unknown): string => {
  const unit = str(quantity, 'unit') || str(quantity, 'code');
  return clip(UNIT_WORDS[unit] ?? unit, 30);
};

const valueOf = (quantity: unknown): number | null => {
  const value = num(quantity, 'value');
  return value !== null && value >= 0 && value <= 100000 ? value : null;
};

const componentWithCode = (resource: JsonObject, code: string): JsonObject | undefined =>
  objects(resource, 'component').find((component) => conceptCodes(field(component, 'code')).includes(code));

/** The number of the component with this LOINC code (blood pressure's top and bottom numbers). */
const componentValue = (resource: JsonObject, code: string): number | null => valueOf(field(componentWithCode(resource, code), 'valueQuantity'));

/**
 * Observation → measurement. Vital signs and lab results are counted apart (the inspect command's
 * `vitals` and `results`); blood pressure, weight, blood sugar, A1c and pain get their own type,
 * every other number is a custom measurement with its name and unit. Results without a number
 * are counted and noted, not kept.
 */
export function mapObservation(resource: JsonObject, context: MapContext): void {
  const status = statusCode(field(resource, 'status'));
  if (status === 'entered-in-error' || status === 'cancelled') return context.note('entered-in-error');
  const concept = field(resource, 'code');
  const codes = conceptCodes(concept);
  const kind = kindOf(resource, codes);
  if (kind === 'other') return context.note('observations-not-kept');
  // A blood pressure is the panel code, or any observation carrying both a systolic and a diastolic component.
  const isPanel = codes.some((code) => BP_PANELS.has(code)) || (componentValue(resource, SYSTOLIC) !== null && componentValue(resource, DIASTOLIC) !== null);
  const quantity = field(resource, 'valueQuantity');
  // A panel that only groups other results (CBC, metabolic panel) is not itself a result.
  if (!isPanel && quantity === undefined && (list(resource, 'hasMember').length > 0 || list(resource, 'related').length > 0)) return;
  context.counts[kind]++;
  const effective = firstText(resource, ...EFFECTIVE_PATHS);
  const takenAt = localDateTimeOf(effective);
  const name = conceptText(concept);
  let input: MeasurementInput | null = null;
  const notes = clip(joinDistinct(objects(resource, 'note').map((note) => str(note, 'text')), '\n'), 1000);
  // Each reading is written out whole, in one key order (one object shape for hundreds of readings), every code kept.
  if (isPanel) {
    const top = componentValue(resource, SYSTOLIC);
    const bottom = componentValue(resource, DIASTOLIC);
    // The panel's codes and those of its two numbers.
    const codes = codesOfAll([concept, field(componentWithCode(resource, SYSTOLIC), 'code'), field(componentWithCode(resource, DIASTOLIC), 'code')]);
    if (top !== null && bottom !== null && bottom <= 400) input = { codes, customName: '', notes, takenAt, type: 'bloodPressure', unit: 'mmHg', value: top, value2: bottom };
  } else {
    const value = valueOf(quantity);
    const coded = codes.map((code) => TYPE_OF_LOINC[code]).find((found) => found !== undefined) ?? 'custom';
    if (value !== null) {
      const fits = coded !== 'pain' || (Number.isInteger(value) && value <= 10);
      // A value out of its type's scale is kept as a custom reading under its own name.
      const type = fits && !(coded === 'a1c' && value > 25) ? coded : 'custom';
      input = { codes: codesOf(concept), customName: type === 'custom' ? clip(name, 100) : '', notes, takenAt, type, unit: unitOf(quantity), value, value2: null };
    }
  }
  if (!input || !takenAt) return context.note('results-not-numeric');
  if (input.type === 'custom' && !input.customName) return context.note('item-unnamed');
  context.add('measurement', input, resource, effective);
}
