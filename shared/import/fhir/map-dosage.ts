import { WEEKDAYS, type DoseForm, type FoodCue, type Route, type Timing, type Weekday } from '../../model/medication';
import { TIMING_EVENT_CUES } from '../timing-event-cues';
import { parseDoseAmount } from '../../plain-language/dose-amount';
import { conceptCodes, conceptText } from './fhir-values';
import { at, field, isObject, list, num, objects, str, type JsonObject } from './json-access';

/** What a FHIR Dosage says, in the binder's medication fields. */
export interface DosageFields {
  doseAmount: string;
  doseUnit: string;
  /** The form the dose unit names ("tablet"), when it names one. */
  form: DoseForm | null;
  route: Route | null;
  timing: Timing;
  asNeeded: boolean;
  asNeededReason: string;
  foodCue: FoodCue;
  /** Dosage.text: the sig as the prescriber wrote it. */
  text: string;
  patientInstruction: string;
  /** Dose or timing came from structured fields (so a sentence can be built from them). */
  structured: boolean;
  /** The binder's fields hold all the structured timing says (no ranges, counts or moments left out). */
  exact: boolean;
}

/** Timing.repeat parts the binder's timing shapes can hold; any other part makes a built sentence incomplete. */
const HELD_PARTS = new Set(['frequency', 'period', 'periodUnit', 'dayOfWeek', 'timeOfDay', 'boundsPeriod', 'boundsDuration']);
const FOOD_ONLY = new Set(['AC', 'ACM', 'ACD', 'ACV', 'PC', 'PCM', 'PCD', 'PCV', 'C', 'CM', 'CD', 'CV', 'HS']);

function timingIsExact(timing: unknown, kind: Timing['kind']): boolean {
  const repeat = at(timing, 'repeat');
  if (!isObject(repeat)) return true;
  for (const key of Object.keys(repeat)) {
    if (key === 'when') {
      const when = list(repeat, 'when');
      if (when.length > 1 || when.some((code) => typeof code !== 'string' || !FOOD_ONLY.has(code.toUpperCase()))) return false;
    } else if (!HELD_PARTS.has(key)) return false;
  }
  return kind !== 'none' || num(repeat, 'frequency') === null;
}

/** UCUM and portal dose units as people say them. */
const UNIT_WORDS: Readonly<Record<string, string>> = { U: 'units', '[iU]': 'units', '[IU]': 'units', IU: 'units', '{unit}': 'units', 'mL': 'mL', '[tsp_us]': 'teaspoons', '[tbs_us]': 'tablespoons' };

/** Dose units that name a form of the binder (UCUM annotations and plain words). */
const FORM_UNITS: ReadonlyArray<[RegExp, DoseForm]> = [
  [/^(\{)?(tab|tablet|tabs|tablets)(\})?$/i, 'tablet'],
  [/^(\{)?(cap|capsule|caps|capsules)(\})?$/i, 'capsule'],
  [/^(\{)?(puff|puffs|actuat|actuation|inhalation)s?(\})?$/i, 'puff'],
  [/^(\{)?(drop|drops|gtt)(\})?$/i, 'drop'],
  [/^(\{)?(patch|patches)(\})?$/i, 'patch'],
  [/^(\{)?(spray|sprays)(\})?$/i, 'spray'],
  [/^(\{)?(suppository|suppositories)(\})?$/i, 'suppository'],
];

/** SNOMED CT and HL7 v3 route codes, then words, to the binder's routes. */
const ROUTE_CODES: Readonly<Record<string, Route>> = {
  '26643006': 'mouth',
  po: 'mouth',
  '37839007': 'underTongue',
  sl: 'underTongue',
  '6064005': 'skin',
  '45890007': 'skin',
  '54485002': 'eye',
  '10547007': 'ear',
  '46713006': 'nose',
  '447694001': 'inhaled',
  '18679011000001101': 'inhaled',
  '78421000': 'injection',
  '34206005': 'injection',
  '47625008': 'injection',
  im: 'injection',
  iv: 'injection',
  sc: 'injection',
  '37161004': 'rectal',
  '16857009': 'vaginal',
};
const ROUTE_WORDS: ReadonlyArray<[RegExp, Route]> = [
  [/sublingual|under the tongue/i, 'underTongue'],
  [/oral|mouth|by mouth/i, 'mouth'],
  [/topical|transdermal|cutaneous|skin/i, 'skin'],
  [/ophthalmic|eye/i, 'eye'],
  [/otic|\bear\b/i, 'ear'],
  [/nasal|nose/i, 'nose'],
  [/inhal|respiratory/i, 'inhaled'],
  [/injection|intramuscular|subcutaneous|intravenous/i, 'injection'],
  [/rectal/i, 'rectal'],
  [/vaginal/i, 'vaginal'],
];

export function routeOf(concept: unknown): Route | null {
  for (const code of conceptCodes(concept)) {
    const route = ROUTE_CODES[code];
    if (route) return route;
  }
  const words = conceptText(concept);
  for (const [pattern, route] of ROUTE_WORDS) if (pattern.test(words)) return route;
  return null;
}


const DAY_CODES: ReadonlySet<string> = new Set(WEEKDAYS);

/** "1", "0.5", "1-2": a dose amount the medication schema accepts, or ''. */
function amountText(value: number | null, high: number | null = null): string {
  if (value === null) return '';
  const text = high !== null && high !== value ? `${value}-${high}` : String(value);
  return typeof parseDoseAmount(text) === 'string' ? '' : text;
}

function doseOf(dosage: JsonObject): { amount: string; unit: string } {
  // R4 nests the dose in doseAndRate[]; DSTU2 writes doseQuantity / doseRange on the dosage itself.
  const holders = [...objects(dosage, 'doseAndRate'), dosage];
  for (const holder of holders) {
    const quantity = field(holder, 'doseQuantity') ?? field(holder, 'doseSimpleQuantity');
    const value = num(quantity, 'value');
    if (value !== null) return { amount: amountText(value), unit: str(quantity, 'unit') || str(quantity, 'code') };
    const range = field(holder, 'doseRange');
    const low = num(range, 'low', 'value');
    if (low !== null) return { amount: amountText(low, num(range, 'high', 'value')), unit: str(range, 'low', 'unit') || str(range, 'high', 'unit') };
  }
  return { amount: '', unit: '' };
}

/** Structured Timing to one of the binder's timing shapes, or 'none' when it cannot be said that way. */
export function timingOf(timing: unknown): { timing: Timing; foodCue: FoodCue } {
  const repeat = at(timing, 'repeat');
  const when = list(repeat, 'when').filter((code): code is string => typeof code === 'string');
  const foodCue = when.map((code) => TIMING_EVENT_CUES[code.toUpperCase()]).find((cue) => cue !== undefined) ?? 'none';
  const frequency = num(repeat, 'frequency') ?? 1;
  const period = num(repeat, 'period');
  const unit = str(repeat, 'periodUnit');
  const days = list(repeat, 'dayOfWeek').filter((day): day is Weekday => typeof day === 'string' && DAY_CODES.has(day));
  const times = list(repeat, 'timeOfDay')
    .filter((time): time is string => typeof time === 'string' && /^([01]\d|2[0-3]):[0-5]\d/.test(time))
    .map((time) => time.slice(0, 5));
  const whole = Number.isInteger(frequency) && frequency >= 1 && frequency <= 12;
  if (days.length > 0 && (unit === '' || unit === 'wk' || unit === 'd')) {
    const unique = [...new Set(days)];
    const perDay = unit === 'd' && whole ? frequency : 1;
    return { timing: { kind: 'daysOfWeek', days: unique, timesPerDay: perDay }, foodCue };
  }
  if (times.length > 0) return { timing: { kind: 'setTimes', times: [...new Set(times)] }, foodCue };
  if (unit === 'd' && period === 1 && whole) return { timing: { kind: 'timesPerDay', timesPerDay: frequency }, foodCue };
  if (unit === 'h' && period !== null && frequency === 1 && period >= 1 && period <= 72) return { timing: { kind: 'everyHours', hours: period }, foodCue };
  if (unit === 'h' && period === 24 && whole) return { timing: { kind: 'timesPerDay', timesPerDay: frequency }, foodCue };
  // "In the morning and in the evening" without a frequency: one dose at each named moment.
  const moments = when.filter((code) => ['MORN', 'NOON', 'AFT', 'EVE', 'NIGHT', 'HS'].includes(code.toUpperCase()));
  if (period === null && moments.length > 0) return { timing: { kind: 'timesPerDay', timesPerDay: Math.min(12, moments.length) }, foodCue };
  return { timing: { kind: 'none' }, foodCue };
}

/** Reads one Dosage (R4) or dosageInstruction (DSTU2 MedicationOrder / MedicationStatement.dosage). */
export function readDosage(dosage: JsonObject | undefined): DosageFields {
  if (!dosage) {
    return { doseAmount: '', doseUnit: '', form: null, route: null, timing: { kind: 'none' }, asNeeded: false, asNeededReason: '', foodCue: 'none', text: '', patientInstruction: '', structured: false, exact: true };
  }
  const dose = doseOf(dosage);
  const form = FORM_UNITS.find(([pattern]) => pattern.test(dose.unit))?.[1] ?? null;
  const { timing, foodCue } = timingOf(field(dosage, 'timing'));
  const reasonConcept = field(dosage, 'asNeededCodeableConcept');
  const asNeeded = field(dosage, 'asNeededBoolean') === true || reasonConcept !== undefined;
  return {
    doseAmount: dose.amount,
    doseUnit: form || dose.unit === '1' ? '' : (UNIT_WORDS[dose.unit] ?? dose.unit),
    form,
    route: routeOf(field(dosage, 'route')),
    timing,
    asNeeded,
    asNeededReason: conceptText(reasonConcept),
    foodCue,
    text: str(dosage, 'text'),
    patientInstruction: str(dosage, 'patientInstruction'),
    structured: dose.amount !== '' || timing.kind !== 'none',
    exact: timingIsExact(field(dosage, 'timing'), timing.kind),
  };
}
