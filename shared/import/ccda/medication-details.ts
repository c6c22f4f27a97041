import type { DoseForm, FoodCue, Route, Timing } from '../../model/medication';
import { TIMING_EVENT_CUES } from '../timing-event-cues';
import { parseDoseAmount } from '../../plain-language/dose-amount';
import { attr, child, childrenNamed, type XmlElement } from '../xml';
import { quantity, xsiType } from './cda-values';

/** The structured parts of a Medication Activity (4.16): dose, route, timing, form, strength. */

/** NCI Thesaurus route codes (FDA route of administration) → the binder's routes. */
const ROUTE_CODES: Record<string, Route> = {
  C38288: 'mouth',
  C38300: 'underTongue',
  C38197: 'underTongue',
  C38305: 'skin',
  C38304: 'skin',
  C38287: 'eye',
  C38192: 'ear',
  C38284: 'nose',
  C38216: 'inhaled',
  C38276: 'injection',
  C28161: 'injection',
  C38299: 'injection',
  C38238: 'injection',
  C38295: 'rectal',
  C38313: 'vaginal',
};

const ROUTE_WORDS: Array<[RegExp, Route]> = [
  [/sublingual|buccal/i, 'underTongue'],
  [/oral|mouth|\bpo\b|enteral/i, 'mouth'],
  [/ophthalm|eye/i, 'eye'],
  [/otic|\bear/i, 'ear'],
  [/nasal|nose/i, 'nose'],
  [/inhal|respiratory|nebuli/i, 'inhaled'],
  [/intravenous|intramuscular|subcutaneous|inject|\biv\b|\bim\b/i, 'injection'],
  [/transdermal|topical|cutaneous|skin/i, 'skin'],
  [/rectal/i, 'rectal'],
  [/vaginal/i, 'vaginal'],
];

export function routeOf(routeCode: XmlElement | undefined, productName: string): Route | null {
  const code = attr(routeCode, 'code');
  if (ROUTE_CODES[code]) return ROUTE_CODES[code];
  const words = `${attr(routeCode, 'displayName')} ${productName}`;
  for (const [pattern, route] of ROUTE_WORDS) if (pattern.test(words)) return route;
  return null;
}

const FORM_WORDS: Array<[RegExp, DoseForm]> = [
  [/tablet|\btab\b|caplet/i, 'tablet'],
  [/capsule|\bcap\b/i, 'capsule'],
  [/ophthalmic solution|drops?\b/i, 'drop'],
  [/inhaler|inhalation|aerosol|actuat|\bmdi\b/i, 'puff'],
  [/patch|transdermal system/i, 'patch'],
  [/inject|syringe|\bpen\b|cartridge|vial/i, 'injection'],
  [/spray/i, 'spray'],
  [/cream|ointment|\bgel\b|lotion/i, 'cream'],
  [/suppositor/i, 'suppository'],
  [/powder|granule/i, 'powder'],
  [/solution|suspension|syrup|elixir|liquid|oral soln|\/ml\b/i, 'liquid'],
];

export function formOf(productName: string, administrationUnit: XmlElement | undefined): DoseForm {
  const words = `${attr(administrationUnit, 'displayName')} ${productName}`;
  for (const [pattern, form] of FORM_WORDS) if (pattern.test(words)) return form;
  return 'other';
}

const STRENGTH =
  /\b\d+(?:\.\d+)?(?:\s*[-/]\s*\d+(?:\.\d+)?)*\s*(?:MG|MCG|G|ML|UNT|UNITS?|%|MEQ|IU|GM)\b(?:\s*\/\s*(?:\d+(?:\.\d+)?\s*)?(?:ML|ACTUAT|HR|L|G|DOSE))?/gi;

/**
 * "10 MG" from "Lisinopril 10 MG Oral Tablet"; '' when the name holds no strength. A
 * concentration ("100 UNT/ML") wins over a package size ("3 ML insulin glargine 100 UNT/ML Pen").
 */
export function strengthOf(productName: string): string {
  const found = [...productName.matchAll(STRENGTH)].map((match) => match[0].replace(/\s+/g, ' '));
  return found.find((strength) => strength.includes('/')) ?? found[0] ?? '';
}

/** UCUM dose units as people say them ("[IU]" → "units"). */
const UNIT_WORDS: Record<string, string> = {
  '[iu]': 'units',
  iu: 'units',
  u: 'units',
  unt: 'units',
  '[drp]': 'drops',
  '{drop}': 'drops',
  '{puff}': 'puffs',
  '[puff]': 'puffs',
  ml: 'mL',
  ug: 'mcg',
  '[tsp_us]': 'teaspoons',
  '[tbs_us]': 'tablespoons',
};
const unitWords = (unit: string): string => UNIT_WORDS[unit.toLowerCase()] ?? unit;

/** "Lipitor" from RxNorm's branded name "Atorvastatin 10 MG Oral Tablet [Lipitor]". */
export const brandOf = (productName: string): string => /\[([^\]]{1,100})\]\s*$/.exec(productName)?.[1]?.trim() ?? '';

/** Units that mean "one of the form" (a tablet, a capsule): the form names the unit. */
const FORM_UNITS = /^(1|\{.*\}|tab(let)?s?|cap(sule)?s?|each|ea|unit of form)$/i;

/** A dose as people write it ("1", "0.5", "1-2") with its unit when not the form's own. */
export function doseOf(substanceAdministration: XmlElement): { doseAmount: string; doseUnit: string } {
  const dose = child(substanceAdministration, 'doseQuantity');
  if (!dose) return { doseAmount: '', doseUnit: '' };
  const single = quantity(dose);
  const low = quantity(child(dose, 'low'));
  const high = quantity(child(dose, 'high'));
  let amount = '';
  let unit = '';
  if (single) {
    amount = String(single.value);
    unit = single.unit;
  } else if (low && high) {
    amount = low.value === high.value ? String(low.value) : `${low.value}-${high.value}`;
    unit = low.unit || high.unit;
  } else if (low ?? high) {
    amount = String((low ?? high)!.value);
    unit = (low ?? high)!.unit;
  }
  if (amount === '' || typeof parseDoseAmount(amount) === 'string') return { doseAmount: '', doseUnit: '' };
  return { doseAmount: amount, doseUnit: FORM_UNITS.test(unit) || unit === '' ? '' : unitWords(unit).slice(0, 40) };
}


const HOURS_PER_UNIT: Record<string, number> = { h: 1, hr: 1, hour: 1, d: 24, day: 24, min: 1 / 60, wk: 168 };

export interface TimingParts {
  timing: Timing;
  foodCue: FoodCue;
  /** Start and end (IVL_TS) elements, for dates. */
  interval: XmlElement | undefined;
}

/**
 * PIVL_TS ("every 12 hours"; "2 times a day" when institutionSpecified) and EIVL_TS ("at
 * bedtime") → the binder's timing. A period it cannot say exactly (a range, weeks, a
 * fraction of an hour) gives no timing: the instruction then falls back to the written sig.
 */
export function timingOf(substanceAdministration: XmlElement): TimingParts {
  let timing: Timing = { kind: 'none' };
  let foodCue: FoodCue = 'none';
  let interval: XmlElement | undefined;
  for (const effective of childrenNamed(substanceAdministration, 'effectiveTime')) {
    const type = xsiType(effective);
    if (type === 'PIVL_TS') {
      const period = quantity(child(effective, 'period'));
      const perHour = period ? HOURS_PER_UNIT[period.unit.trim().toLowerCase()] : undefined;
      if (!period || perHour === undefined || period.value <= 0) continue;
      const hours = period.value * perHour;
      const perDay = 24 / hours;
      const everyDay = attr(effective, 'institutionSpecified') === 'true' || hours >= 24;
      if (everyDay && Number.isInteger(perDay) && perDay >= 1 && perDay <= 12) timing = { kind: 'timesPerDay', timesPerDay: perDay };
      else if (Number.isInteger(hours) && hours >= 1 && hours <= 72) timing = { kind: 'everyHours', hours };
    } else if (type === 'EIVL_TS') {
      const event = attr(child(effective, 'event'), 'code').toUpperCase();
      foodCue = TIMING_EVENT_CUES[event] ?? foodCue;
    } else if (!interval && type !== 'SXPR_TS') interval = effective;
  }
  if (timing.kind === 'none' && foodCue === 'atBedtime') timing = { kind: 'timesPerDay', timesPerDay: 1 };
  return { timing, foodCue, interval };
}
