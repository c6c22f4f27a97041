import type { Amount, DoseUnit, Element } from './elements';
import type { Route } from '../../model/medication';

export type Add = (patterns: string, build: (amounts: Amount[]) => Element, note?: string) => void;

/**
 * More reasons "as needed for" / "for": the words records use, mapped to a key that each
 * language words in resources/locales/<lang>/instructions.json ("shorthand.reasons").
 */
export const MORE_REASONS: Record<string, string> = {
  'restlessness|agitation': 'restlessness', irritability: 'irritability', 'joint pain|joint pains': 'jointPain', 'back pain': 'backPain',
  'muscle pain|muscle aches|body aches': 'musclePain', 'nerve pain|neuropathy|neuropathic pain|diabetic neuropathy': 'nervePain',
  'breakthrough pain': 'breakthroughPain', 'mild pain': 'mildPain', 'moderate pain': 'moderatePain', 'sore throat': 'soreThroat',
  'congestion|nasal congestion|stuffy nose': 'congestion', 'runny nose': 'runnyNose', sneezing: 'sneezing', 'swelling|edema': 'swelling',
  inflammation: 'inflammation', rash: 'rash', hives: 'hives', 'dry eyes|dry eye': 'dryEyes', 'eye pain': 'eyePain', 'ear pain|earache': 'earPain',
  'toothache|tooth pain': 'toothache', 'cramps|cramping|menstrual cramps': 'cramps', 'gas|bloating': 'gas', 'upset stomach|indigestion|stomach upset': 'upsetStomach',
  'panic attacks|panic attack|anxiety attacks|anxiety attack': 'panic', 'seizure|seizures': 'seizures', 'low blood sugar|hypoglycemia': 'lowSugar',
  'high blood sugar|hyperglycemia': 'highSugar', 'blood sugar': 'bloodSugar', 'heart': 'heart', 'cholesterol|high cholesterol': 'cholesterol',
  'arthritis': 'arthritis', 'gout|gout flare|gout attack': 'gout', 'cold sore|cold sores|fever blisters': 'coldSore', 'infection': 'infection',
  'hot flashes|hot flushes': 'hotFlashes', 'hiccups': 'hiccups', 'motion sickness|car sickness': 'motionSickness', 'trouble sleeping|sleeplessness': 'sleep',
  'muscle cramps|leg cramps': 'legCramps', 'spasm': 'spasms', 'bladder spasms': 'bladderSpasms', 'urinary pain|painful urination': 'urinaryPain',
  'sinus pressure|sinus congestion': 'sinus', 'cold symptoms|cold|flu': 'cold', 'thyroid': 'thyroid', 'depression': 'depression', 'mood': 'mood',
};

/** Where on the body, for creams and patches: "to affected area on left arm". */
const BODY_SITES: Record<string, string> = {
  'left arm': 'leftArm', 'right arm': 'rightArm', 'arms|both arms': 'arms', 'left leg': 'leftLeg', 'right leg': 'rightLeg', 'legs|both legs': 'legs',
  'left hand': 'leftHand', 'right hand': 'rightHand', 'hands|both hands': 'hands', 'left foot': 'leftFoot', 'right foot': 'rightFoot', 'feet|both feet': 'feet',
  'left knee': 'leftKnee', 'right knee': 'rightKnee', 'knees|both knees': 'knees', 'left elbow': 'leftElbow', 'right elbow': 'rightElbow',
  'left shoulder': 'leftShoulder', 'right shoulder': 'rightShoulder', 'back|lower back': 'back', 'neck': 'neck', 'scalp': 'scalp', 'chest': 'chest',
};

const MASS = 'mg|milligram|milligrams|mcg|microgram|micrograms|g|gm|gram|grams|unit|units|meq';
const massUnit = (word: string): DoseUnit =>
  /^m(g|illigrams?)$/.test(word) ? { unit: 'mg' } : /^(mcg|micrograms?)$/.test(word) ? { unit: 'mcg' } : /^units?$/.test(word) ? { unit: 'unit' } : word === 'meq' ? { unit: 'mEq' } : { unit: 'g' };
const HOUR = 'hr|hrs|hour|h';

/** Clauses beyond the shorthand itself: infusions, limits, start dates, when to stop, notes, body sites. */
export function addClauseEntries(add: Add, reasonWords: string[], route: (value: Route, site?: string) => () => Element): void {
  // Weight-based doses and drips: "0.05 - 0.1mg/kg", "at 100 ml/hr", "over 30 minutes".
  for (const word of MASS.split('|')) {
    add(`# ${word} / kg;# ${word} per kg;# ${word} / kilogram;# ${word} per kilogram`, (amounts) => ({ t: 'dose', amount: amounts[0]!, unit: massUnit(word), perKg: true }));
  }
  const liquid: DoseUnit = { form: 'liquid' };
  add(`at # ml|mls / ${HOUR};# ml|mls / ${HOUR};at # ml|mls per hour|hr;at # ml|mls an hour`, (amounts) => ({ t: 'rate', amount: amounts[0]!, unit: liquid }));
  add(`at # unit|units / ${HOUR};# unit|units / ${HOUR};at # unit|units per hour|hr`, (amounts) => ({ t: 'rate', amount: amounts[0]!, unit: { unit: 'unit' } }));
  add('over # min|mins|minute|minutes', (amounts) => ({ t: 'over', count: amounts[0]!, unit: 'Minutes' }));
  add('over # hour|hours|hr|hrs', (amounts) => ({ t: 'over', count: amounts[0]!, unit: 'Hours' }));
  add('infusion;iv infusion;as an infusion;by infusion;infused;infuse;by iv infusion;intravenous infusion', route('other', 'vein'));
  add('for # hour|hours|hr|hrs;x # hours', (amounts) => ({ t: 'duration', count: amounts[0]!, unit: 'Hours' }));
  add('for # cycle|cycles;x # cycles', (amounts) => ({ t: 'duration', count: amounts[0]!, unit: 'Cycles' }));
  // "for no more than two weeks at a time": a limit, said as a limit.
  for (const [words, unit] of [['day|days', 'Days'], ['week|weeks', 'Weeks']] as const) {
    add(`for no more than # ${words};for no more than # ${words} at a time;no more than # ${words} at a time`, (amounts) => ({ t: 'durationLimit', count: amounts[0]!, unit }));
  }

  // When to stop.
  add('until gone;until all gone;until finished;until all taken;until used up;until completed;until done;until it is gone;until all used', () => ({ t: 'until', reason: '' }));
  for (const [words, reason] of reasonWords.map((pair) => pair.split('=') as [string, string])) {
    for (const word of words.split('|')) {
      add(`until ${word} is gone|better|resolved;until the ${word} is gone|better|resolved;until ${word} goes away|resolves|stops;until the ${word} goes away|resolves|stops`, () => ({ t: 'until', reason }));
    }
  }

  // Notes said as their own sentence.
  const note = (value: string) => (): Element => ({ t: 'note', note: value });
  add('allow to dissolve;and allow to dissolve;let dissolve;allow it to dissolve;and let dissolve;let it dissolve', note('letMelt'));
  add('do not breastfeed while taking this med|medicine|medication;do not breastfeed', note('noBreastfeed'));
  add('at regular intervals;take at regular intervals', note('evenlySpaced'));
  add('complete the prescribed course;complete the full course;finish all this medication;finish all of this medicine;finish all the medicine', note('finishAll'));
  add('unless otherwise directed;unless otherwise directed by prescriber;unless otherwise directed by your doctor;unless your doctor says otherwise', note('unlessTold'));
  add('shake well;shake well before use;shake well before using', note('shake'));
  add('do not swallow', note('noSwallow'));
  add('as directed on dose pack;as directed on the dose pack;as directed on package;as directed on the package;as directed on pack;follow dose pack directions', note('followPack'));

  // Where.
  const site = (value: string) => (): Element => ({ t: 'site', site: value });
  for (const [words, value] of Object.entries(BODY_SITES)) {
    for (const part of words.split('|')) add(`on ${part};to ${part};on the ${part};to the ${part};on your ${part}`, site(value));
  }
  add('to the affected and surrounding areas of skin;to affected and surrounding areas;to the affected and surrounding areas;to the affected area and surrounding skin', site('affectedAround'));
  add('in shower;in the shower', site('shower'));
  add('in|via|with|using small volume nebulizer;in nebulizer;in a nebulizer;with nebulizer;with a nebulizer', route('inhaled', 'nebulizer'));
  add('decrease to;reduce to;decrease dose to;reduce dose to;lower to;lower dose to', () => ({ t: 'verb', verb: 'decrease' }));
}
