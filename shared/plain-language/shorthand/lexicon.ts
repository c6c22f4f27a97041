import type { Amount, DoseUnit, Element, Moment, Timing, Verb } from './elements';
import type { Route, Weekday } from '../../model/medication';
import { addClauseEntries, addPhraseEntries, MORE_REASONS } from './lexicon-clauses';

/**
 * The shorthand the translator knows, as patterns of words. In a pattern, words are separated
 * by spaces, alternatives by "|", and "#" stands for a number or a range ("1-2", "one or two").
 * A pattern with a note is an ISMP error-prone form: understood, but flagged.
 */
export interface Entry {
  slots: string[][];
  /** Builds the element from the numbers and the words matched (numbers left out). */
  build: (amounts: Amount[], words: string[]) => Element;
  note?: string;
}

const entries: Entry[] = [];
const add = (patterns: string, build: (amounts: Amount[], words: string[]) => Element, note?: string): void => {
  for (const pattern of patterns.split(';')) {
    const slots = pattern.trim().split(/\s+/).map((slot) => slot.split('|'));
    entries.push(note ? { slots, build, note } : { slots, build });
  }
};
const timing = (value: Timing) => (): Element => ({ t: 'timing', timing: value });
const counted = (kind: 'timesPerDay' | 'everyHours' | 'everyMinutes' | 'everyDays' | 'everyWeeks' | 'timesPerWeek', fixed?: number) => (amounts: Amount[]): Element => ({
  t: 'timing',
  timing: { kind, count: fixed === undefined ? amounts[0]! : { text: String(fixed), low: fixed, high: fixed, typed: false } },
});

// Verbs.
const VERBS: Record<string, Verb> = {
  'take|takes': 'take', 'apply|applies': 'apply', 'inhale|breathe': 'inhale', 'inject': 'inject', 'use|uses': 'use',
  'insert|instill|instil': 'insert', 'place|put': 'place', 'give|administer': 'give', 'taper': 'taper', 'rinse|swish': 'rinse',
  'chew': 'chew', 'dissolve': 'dissolve',
};
add('swish / spit;swish and spit;swish & spit', () => ({ t: 'verb', verb: 'swish' }));
for (const [words, verb] of Object.entries(VERBS)) add(words, () => ({ t: 'verb', verb }));
// "apply application topical": an application with no number is the act of applying, not an amount.
add('apply application;apply an application', () => ({ t: 'verb', verb: 'apply' }));

// Routes and where the medicine goes.
const route = (value: Route, site?: string) => (): Element => ({ t: 'route', route: value, site });
add('by mouth;po;orally;oral;by oral route;oral route;via mouth;by mouth route', route('mouth'));
add('per os', route('mouth'), 'ISMP: "per os" can be misread as "left eye"; write "by mouth".');
add('sl;sublingual;sublingually;under the tongue;under tongue', route('underTongue'));
add('topically;topical;to skin;to the skin;on the skin;on skin;by topical route', route('skin'));
add('to affected area|areas;to the affected area|areas;to affected skin;on affected area|areas', route('skin', 'affected'));
add('in eye|eyes;in the eye|eyes;into eye|eyes;in each eye;in both eyes;into both eyes;ophthalmic', route('eye'));
add('ou', route('eye'), 'ISMP: "OU" can be misread as "each ear"; write "both eyes".');
add('in ear|ears;in the ear|ears;into ear|ears;in each ear;in both ears;into both ears;otic', route('ear'));
add('nasally;in nostril|nostrils;in each nostril;per nostril;each nostril;intranasal;intranasally;in the nose;in nose;in nostrils', route('nose'));
add('inhalation;inh;by inhalation;by inhalation route;inhaled;via nebulizer;by nebulization;nebulized;using inhaler;by nebulizer', route('inhaled'));
add('im;intramuscularly;intramuscular', route('injection', 'muscle'));
add('iv;intravenously;intravenous', route('other', 'vein'));
const site = (value: string) => (): Element => ({ t: 'site', site: value });
add('thin layer;a thin layer;in a thin layer;sparingly', site('thinLayer'));
add('to face;to the face;on face;on the face', site('face'));
add('subcut;subcutaneous;subcutaneously;by subcutaneous route', route('injection', 'underSkin'));
add('sq;sc;subq;sub q', route('injection', 'underSkin'), 'ISMP: "SC"/"SQ" can be misread as "SL" or "5 every"; write "under the skin".');
add('by injection route;injectable;as an injection', route('injection'));
add('rectally;pr;per rectum;in the rectum', route('rectal'));
add('vaginally;per vagina;in the vagina;into the vagina;vaginal', route('vaginal'));

// Forms and units after a number.
const FORMS: Record<string, DoseUnit> = {
  'tab|tabs|tablet|tablets|pill|pills|tb': { form: 'tablet' },
  'cap|caps|capsule|capsules': { form: 'capsule' },
  'gtt|gtts|drop|drops': { form: 'drop' },
  'puff|puffs|inhalation|inhalations|actuation|actuations': { form: 'puff' },
  'spray|sprays': { form: 'spray' },
  'patch|patches': { form: 'patch' },
  'supp|supps|suppository|suppositories': { form: 'suppository' },
  'injection|injections|shot|shots': { form: 'injection' },
  'ml|mls|milliliter|milliliters|millilitre|millilitres': { form: 'liquid' },
  'mg|milligram|milligrams': { unit: 'mg' },
  'mcg|microgram|micrograms': { unit: 'mcg' },
  'g|gm|gram|grams': { unit: 'g' },
  'unit|units': { unit: 'unit' },
  'meq': { unit: 'mEq' },
  'oz': { unit: 'oz' },
  'vial|vials': { unit: 'vial' },
  'click|clicks': { unit: 'click' },
  'application|applications|appful|appfuls': { unit: 'application' },
  'neb|nebs': { unit: 'neb' },
  'spoon|spoons|spoonful|spoonfuls|spoonsful': { unit: 'spoon' },
};
const FLAGGED_UNITS: [string, DoseUnit, string][] = [
  ['cc', { form: 'liquid' }, 'ISMP: "cc" can be misread as "U" or "4"; write "mL".'],
  ['µg|μg|ug', { unit: 'mcg' }, 'ISMP: "µg" can be misread as "mg"; write "mcg".'],
  ['u', { unit: 'unit' }, 'ISMP: "U" can be misread as 0, 4 or "cc"; write "units".'],
  ['iu', { unit: 'unit' }, 'ISMP: "IU" can be misread as "IV" or "10"; write "units".'],
];
for (const [words, unit] of Object.entries(FORMS)) {
  add(`# ${words};# ${words} ( s )`, (amounts) => ({ t: 'dose', amount: amounts[0]!, unit }));
  add(words, () => ({ t: 'unit', unit }));
}
for (const [words, unit, note] of FLAGGED_UNITS) {
  add(`# ${words}`, (amounts) => ({ t: 'dose', amount: amounts[0]!, unit }), note);
  add(words, () => ({ t: 'unit', unit }), note);
}
add('#', (amounts) => ({ t: 'dose', amount: amounts[0]! }));
// "2x5ml spoon", "three 5ml spoonsful": so many spoonfuls of so many mL.
const spoons = (amounts: Amount[]): Element => ({ t: 'dose', amount: amounts[0]!, unit: { unit: 'spoon' }, each: { amount: amounts[1]!, unit: { form: 'liquid' } } });
add('# x # ml;# x # ml spoon|spoons|spoonful|spoonfuls|spoonsful;# # ml spoon|spoons|spoonful|spoonfuls|spoonsful', spoons);

// How often.
const DAY = 'a|per|each|every day;daily;/ day;a day daily';
for (const day of DAY.split(';')) {
  add(`# time|times ${day};# x ${day};#x ${day}`, counted('timesPerDay'));
}
add('daily;once daily;once a day;once per day;every day;everyday;each day;q day;once every day;every single day;a day', counted('timesPerDay', 1));
add('qd;q1d', counted('timesPerDay', 1), 'ISMP: "QD" can be misread as "QID" (4 times a day); write "daily".');
add('od', counted('timesPerDay', 1), 'ISMP: "OD" can mean "once daily" or "right eye"; write "daily".');
add('twice daily;twice a day;twice per day;twice each day;twice every day;bid;bd', counted('timesPerDay', 2));
add('thrice daily;thrice a day;tid;tds', counted('timesPerDay', 3));
add('qid;qds', counted('timesPerDay', 4));
const HOURS = 'h|hr|hrs|hour|hours|hrly|hourly';
add(`q # ${HOURS};every # ${HOURS};# ${'hrly|hourly'};every # hrly;q # hrly`, counted('everyHours'));
add('hourly;every hour;q hour', counted('everyHours', 1));
add('q # min|mins|minute|minutes;every # min|mins|minute|minutes', counted('everyMinutes'));
add('every # day|days;q # day|days;q # d', counted('everyDays'));
add('every # week|weeks;q # week|weeks;q # wk|wks', counted('everyWeeks'));
add('every other day;on alternate days;alternate days', timing({ kind: 'everyOtherDay' }));
add('qod', timing({ kind: 'everyOtherDay' }), 'ISMP: "QOD" can be misread as "QD" or "QID"; write "every other day".');
add('weekly;once a week;once weekly;every week;once per week;qwk;q week;each week', counted('timesPerWeek', 1));
add('# time|times a|per|each|every week;# time|times weekly;# x weekly;#x weekly;# x a|per week', counted('timesPerWeek'));
add('tiw', counted('timesPerWeek', 3), 'ISMP: "TIW" can be misread as "3 times a day" or "twice a week"; write "3 times a week".');
const moment = (value: Moment) => timing({ kind: 'moment', moment: value });
add('qam;q am;every morning;in the morning;each morning;in am;mane;in the am;am;every am', moment('morning'));
add('morning', moment('morning'));
add('evening;qpm;q pm;every evening;in the evening;each evening;pm;in the pm', moment('evening'));
add('qhs;q hs;at bedtime;at bed time;before bed;before bedtime;at hour of sleep;every bedtime', moment('bedtime'));
add('hs', moment('bedtime'), 'ISMP: "HS" can mean "half-strength" or "bedtime"; write "at bedtime".');
add('nocte;at night;every night;each night;nightly;qn', moment('night'));
add('at noon;noon;midday', moment('noon'));
const WEEKDAY: Record<string, Weekday> = {
  'monday|mon|mondays': 'mon', 'tuesday|tue|tues|tuesdays': 'tue', 'wednesday|wed|wednesdays': 'wed', 'thursday|thu|thur|thurs|thursdays': 'thu',
  'friday|fri|fridays': 'fri', 'saturday|sat|saturdays': 'sat', 'sunday|sun|sundays': 'sun',
};
for (const [words, day] of Object.entries(WEEKDAY)) add(words, timing({ kind: 'days', days: [day] }));
add('# am|a.m.', (amounts) => ({ t: 'timing', timing: { kind: 'setTime', time: clock(amounts[0]!, false) } }));
add('# pm|p.m.', (amounts) => ({ t: 'timing', timing: { kind: 'setTime', time: clock(amounts[0]!, true) } }));
add('up to;upto', () => ({ t: 'upTo' }));
add('once;one time;1 time only;once only;as a single dose;as one dose;one time only', moment('once'));

// "1 hour before breakfast", "30 min. before a meal".
const MEALS: Record<string, string> = { 'breakfast': 'breakfast', 'a meal;meal;eating;food': 'meal', 'meals': 'meals', 'lunch': 'lunch', 'dinner;supper;the evening meal': 'dinner', 'bed;bedtime': 'bedtime', 'sexual activity': 'sex' };
for (const [words, meal] of Object.entries(MEALS)) {
  for (const what of words.split(';')) {
    for (const [side, key] of [['before', 'Before'], ['after', 'After']] as const) {
      add(`# hour|hours|hr|hrs ${side} ${what};about # hour|hours|hr|hrs ${side} ${what};approximately # hour|hours|hr|hrs ${side} ${what}`, (amounts) => ({ t: 'offset', amount: amounts[0]!, key: `hours${key}`, meal }));
      add(`# min|mins|minute|minutes ${side} ${what}`, (amounts) => ({ t: 'offset', amount: amounts[0]!, key: `minutes${key}`, meal }));
    }
  }
}
// Each says exactly what was written: "do not crush" never becomes "crush or chew".
add('do not crush or chew;dont crush or chew;do not chew or crush', () => ({ t: 'note', note: 'noCrush' }));
add('do not crush;dont crush', () => ({ t: 'note', note: 'noCrushOnly' }));
add('do not chew;dont chew', () => ({ t: 'note', note: 'noChew' }));
add('swallow whole;swallow it whole', () => ({ t: 'note', note: 'swallowWhole' }));

// How long.
const LONG: Record<string, 'Days' | 'Weeks' | 'Months' | 'Nights'> = {
  'day|days|d': 'Days', 'week|weeks|wk|wks': 'Weeks', 'month|months|mo': 'Months', 'night|nights': 'Nights',
};
for (const [words, unit] of Object.entries(LONG)) {
  add(`x # ${words};for # ${words};# ${words};for the next # ${words};for up to # ${words}`, (amounts) => ({ t: 'duration', count: amounts[0]!, unit }));
}

// As needed, and why.
add('prn;as needed;if needed;when required;as required;when needed;only if needed;as necessary;if necessary', () => ({ t: 'prn' }));
add('for', () => ({ t: 'for' }));
const REASONS: Record<string, string> = {
  pain: 'pain', 'severe pain': 'severePain', anxiety: 'anxiety', 'sleep|insomnia': 'sleep', 'nausea': 'nausea', 'vomiting': 'vomiting',
  'cough|coughing': 'cough', 'sob|shortness of breath': 'shortBreath', wheezing: 'wheezing', asthma: 'asthma',
  'itching|pruritis|pruritus|itch': 'itching', 'dizziness|vertigo': 'dizziness', 'headache|headaches': 'headache', fever: 'fever',
  'angina|chest pain': 'chestPain', 'allergic reaction|allergic reactions': 'allergicReaction', constipation: 'constipation',
  'diarrhea|diarrhoea': 'diarrhea', 'moderate to severe pain|moderate-severe pain': 'moderateSeverePain', 'dyspnea|dyspnoea': 'shortBreath', 'restless legs': 'restlessLegs', 'allergic rhinitis|allergies': 'allergies', 'blood pressure|high blood pressure': 'bloodPressure', 'gerd|heartburn|acid reflux|reflux': 'heartburn', 'migraine|migraines|migraine headache': 'migraine', ed: 'erection', 'spasms|muscle spasms|muscle spasm': 'spasms',
};
Object.assign(REASONS, MORE_REASONS);
for (const [words, reason] of Object.entries(REASONS)) add(words.split('|').join(';'), () => ({ t: 'reason', reason }));

// Food and other cues.
const food = (cue: Extract<Element, { t: 'food' }>['cue']) => (): Element => ({ t: 'food', cue });
add('with food;with a meal;with meal;with foods', food('withFood'));
add('with meals', food('extra:withMeals'));
add('with food or milk;with milk or food', food('extra:withMilk'));
add('after meals;pc;after a meal;after eating;after food;after meal', food('afterMeals'));
add('before meals;ac;before a meal;before eating', food('beforeMeals'));
add('on an empty stomach;empty stomach;on empty stomach', food('emptyStomach'));
add('before breakfast', food('extra:beforeBreakfast'));
add('before lunch', food('extra:beforeLunch'));
add('before dinner;before supper;before the evening meal', food('extra:beforeDinner'));
add('at breakfast;with breakfast', food('extra:withBreakfast'));
add('with evening meal;with the evening meal;with dinner;with supper', food('extra:withEveningMeal'));
add('as directed;uad;follow package directions;as instructed;as directed by physician|doctor', () => ({ t: 'asDirected' }));
add('ud', () => ({ t: 'asDirected' }), 'ISMP: "UD" can be misread as "unit dose"; write "as directed".');
add('then;followed by;and then', () => ({ t: 'then' }));
// "mdd 6", "max 2 tabs/day", "not to exceed 6 tablets a day", "to a maximum of 3 per day".
// "maximim": a misspelling seen in real records, with only one reading.
const MAX_BEFORE = 'do not exceed more than;mdd;mdd :;max;maximum;max daily dose;maximum daily dose;max daily amount;not to exceed;do not exceed;maximum of;to a maximum of;no more than;to a maximim of;maximim of'.split(';');
const MAX_AFTER = ['', ' per day', ' a day', ' / day', ' in 24 hours', ' per 24 hours', ' daily', ' in a day'];
for (const before of MAX_BEFORE) {
  for (const after of MAX_AFTER) {
    // Alone, only the "daily" forms say "per day": "no more than 2" could be 2 weeks.
    if (after === '' && !/mdd|daily/.test(before)) continue;
    add(`${before} #${after}`, (amounts) => ({ t: 'max', amount: amounts[0]! }));
    for (const [words, unit] of Object.entries(FORMS)) add(`${before} # ${words}${after}`, (amounts) => ({ t: 'max', amount: amounts[0]!, unit }));
  }
}
const reasonPairs = Object.entries(REASONS).map(([words, reason]) => `${words}=${reason}`);
addClauseEntries(add, reasonPairs, route);
addPhraseEntries(add, reasonPairs, FORMS);
add('qualifier value;( qualifier value );total;the;of;and;or;to be taken;to be used;on;a;an;at;in;per;sig;instr;instr :;dose;each;with;to;by;into', () => ({ t: 'filler' }));
// "x 3" alone can mean 3 times, 3 days or 3 doses: kept as written, not guessed.
add('x #', () => ({ t: 'kept' }), 'Ambiguous: "x" with a number and no unit can mean times, days or doses; kept as written.');

export const ENTRIES: readonly Entry[] = entries;

/** Every word used in a pattern, to split words that were run together. */
export const KNOWN_WORDS: ReadonlySet<string> = new Set(
  entries.flatMap((entry) => entry.slots.flat()).filter((word) => /^\p{L}+$/u.test(word)),
);

function clock(amount: Amount, afternoon: boolean): string {
  const hour = Math.trunc(amount.low);
  if (amount.low !== amount.high || hour < 1 || hour > 12 || hour !== amount.low) return '';
  const hour24 = (hour % 12) + (afternoon ? 12 : 0);
  return `${String(hour24).padStart(2, '0')}:00`;
}
