import type { Amount, DoseUnit, Element } from './elements';
import type { Route } from '../../model/medication';

export type Add = (patterns: string, build: (amounts: Amount[], words: string[]) => Element, note?: string) => void;

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
    add(`for no more than # ${words}`, (amounts) => ({ t: 'durationLimit', count: amounts[0]!, unit, atATime: false }));
    add(`for no more than # ${words} at a time;no more than # ${words} at a time`, (amounts) => ({ t: 'durationLimit', count: amounts[0]!, unit, atATime: true }));
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
  add('to vaginal area;to the vaginal area;on the vaginal area;on vaginal area', site('vaginalArea'));
  add('in|via|with|using small volume nebulizer;in nebulizer;in a nebulizer;with nebulizer;with a nebulizer', route('inhaled', 'nebulizer'));
  add('decrease to;reduce to;decrease dose to;reduce dose to;lower to;lower dose to', () => ({ t: 'verb', verb: 'decrease' }));
}

/** The unit a matched word stands for ("tabs" → tablet), from the form table. */
function unitLookup(forms: Record<string, DoseUnit>): (word: string) => DoseUnit {
  const byWord = new Map<string, DoseUnit>();
  for (const [words, unit] of Object.entries(forms)) for (const word of words.split('|')) byWord.set(word, unit);
  return (word) => byWord.get(word) ?? { unit: word };
}

const COUNTABLE = 'tab|tabs|tablet|tablets|cap|caps|capsule|capsules|ml|puff|puffs|drop|drops';
const STRENGTH = 'mg|mcg|g|unit|units|meq';

/** Phrases with their own wording: what a dose is made of, when a drip starts, surgery, first signs, repeats. */
export function addPhraseEntries(add: Add, reasonWords: string[], forms: Record<string, DoseUnit>): void {
  const unitOf = unitLookup(forms);
  const phrase = (key: string, place: 'when' | 'after') => (): Element => ({ t: 'phrase', key, place });
  // "3 ml = 150 mg": how much medicine is in an amount.
  add(`# ${COUNTABLE} = # ${STRENGTH}`, (amounts, words) => ({
    t: 'phrase', key: 'contains', place: 'after',
    amounts: [{ amount: amounts[0]!, unit: unitOf(words[0]!) }, { amount: amounts[1]!, unit: unitOf(words[2]!) }],
  }));
  // "7mg (=one 5mg tablet PLUS one 2mg tablet)": the tablets that make up the dose.
  add(`( = # # ${STRENGTH} ${COUNTABLE} plus|and|+ # # ${STRENGTH} ${COUNTABLE} )`, (amounts, words) => ({
    t: 'phrase', key: 'madeOf', place: 'after',
    amounts: [
      { amount: amounts[0]!, unit: unitOf(words[3]!) }, { amount: amounts[1]!, unit: unitOf(words[2]!) },
      { amount: amounts[2]!, unit: unitOf(words[6]!) }, { amount: amounts[3]!, unit: unitOf(words[5]!) },
    ],
  }));
  // "hang at 2200 hours": a drip started at a time on the 24-hour clock; the digits stay.
  add('hang|hung|start|started at # hours|hrs', (amounts) => {
    const time = amounts[0]!.text;
    return /^([01]\d|2[0-3])[0-5]\d$/.test(time) ? { t: 'phrase', key: 'hangAt', place: 'when', time } : { t: 'kept' };
  });
  add('in|into surgical|operative|operated eye;in|into the surgical|operative|operated eye', () => ({ t: 'route', route: 'eye', site: 'surgicalEye' }));
  add('starting # day|days before|prior surgery;starting # day|days prior to surgery;beginning # day|days before surgery', (amounts) => ({ t: 'phrase', key: 'daysBeforeSurgery', place: 'when', count: amounts[0]! }));
  add('after surgery;after the surgery;after your surgery', phrase('afterSurgery', 'when'));
  add('before surgery;before the surgery', phrase('beforeSurgery', 'when'));
  add('repeat in # hour|hours|hr|hrs;may repeat in # hour|hours|hr|hrs;repeat after # hour|hours|hr|hrs', (amounts) => ({ t: 'phrase', key: 'repeatInHours', place: 'after', count: amounts[0]! }));
  for (const [words, reason] of reasonWords.map((pair) => pair.split('=') as [string, string])) {
    for (const word of words.split('|')) {
      add(`if|when ${word} does not subside|improve;if|when ${word} does not go away;if|when ${word} does not get better;if|when the ${word} does not subside|improve`, () => ({ t: 'phrase', key: 'ifNotBetter', place: 'after', reason }));
      add(`at the first sign of ${word};at first sign of ${word};at the first sign of a|an ${word};at onset of ${word};at the onset of ${word};at the start of ${word}`, () => ({ t: 'phrase', key: 'firstSign', place: 'when', reason }));
    }
  }
  add('at onset of symptoms;at the onset of symptoms;at the first sign of symptoms;at first sign of symptoms', phrase('firstSymptoms', 'when'));
  add('rinse mouth;rinse your mouth;rinse the mouth', () => ({ t: 'verb', verb: 'rinseMouth' }));
  add('rinse mouth with water after use;rinse your mouth with water after use;rinse mouth after use;rinse mouth with water after each use', phrase('rinseAfterUse', 'after'));
  add('to reduce aftertaste and incidence of candidiasis;to reduce aftertaste and the risk of thrush;to prevent thrush', phrase('thrush', 'after'));
  add('compounded as a suspension;as a compounded suspension;compounded suspension', phrase('compounded', 'after'));
  add('dont take anything on the other days;do not take anything on the other days;nothing on the other days;none on the other days;dont take on the other days;do not take on the other days', phrase('otherDaysNone', 'after'));
  // "q5min x3": minutes apart, so "x 3" can only be the number of doses (unlike "x 3" alone).
  add('q # min|mins|minute|minutes x #;every # min|mins|minute|minutes x #', (amounts) => ({ t: 'timing', timing: { kind: 'everyMinutes', count: amounts[0]!, times: amounts[1]! } }));
  // "dispense 21 tabs": how many the pharmacy gives, said as such.
  add(`dispense # ${COUNTABLE};disp # ${COUNTABLE};dispense : # ${COUNTABLE}`, (amounts, words) => ({ t: 'phrase', key: 'dispense', place: 'after', amounts: [{ amount: amounts[0]!, unit: unitOf(words.at(-1)!) }] }));
  // Record fields: how many the pharmacy supplies and how many refills ("Quantity: 30 Refills: 2", "qty 30", "rf 0").
  add('quantity : #;quantity #;qty : #;qty #;qty = #', (amounts) => ({ t: 'phrase', key: 'supplied', place: 'after', count: amounts[0]! }));
  add('refills : #;refills #;refill : #;refill #;rf #;rf : #;# refills;# refill', (amounts) => ({ t: 'phrase', key: 'refills', place: 'after', count: amounts[0]! }));
  add('dispense # g|gm|gram|grams;disp # g|gm|gram|grams', (amounts) => ({ t: 'phrase', key: 'dispense', place: 'after', amounts: [{ amount: amounts[0]!, unit: { unit: 'g' } }] }));
  add('# day|days taper;# - day taper', (amounts) => ({ t: 'phrase', key: 'taperOverDays', place: 'after', count: amounts[0]! }));
  add('per sliding scale;sliding scale;as per sliding scale;according to sliding scale', phrase('slidingScale', 'after'));
  add('to reduce|lower bp;to reduce|lower blood pressure;to lower your blood pressure', phrase('lowerBloodPressure', 'when'));
  add('in office;in the office;at the office;in clinic', phrase('inOffice', 'when'));
  add('on day #', (amounts) => ({ t: 'phrase', key: 'onDay', place: 'when', count: amounts[0]! }));
  add('for next # day|days;for the next # day|days', (amounts) => ({ t: 'duration', count: amounts[0]!, unit: 'Days' }));
  const food = (cue: string) => (): Element => ({ t: 'food', cue: `extra:${cue}` });
  add('with a full glass of water;with a full glass water', food('withFullGlass'));
  add('with a glass of water', food('withGlass'));
  add('with water', food('withWater'));
  add('with plenty of water;with lots of water;with plenty of fluids', food('withPlentyWater'));
  for (const verb of ['apply', 'put', 'use']) {
    for (const where of ['in mouth', 'in the mouth', 'into mouth', 'into the mouth', 'to mouth', 'to the mouth', 'inside mouth', 'inside the mouth']) {
      add(`${verb} ${where} using|with cotton|a swab|swab or finger;${verb} ${where} using|with a cotton swab or a|your finger;${verb} ${where} using|with a cotton swab or finger`, phrase('swabInMouth', 'after'));
    }
  }
}
