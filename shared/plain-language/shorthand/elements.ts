import type { DoseForm, FoodCue, Route, Weekday } from '../../model/medication';

/** A number as typed ("1", "0.5", "1/2") or a range ("1-2", "one or two" → "1-2"). */
export interface Amount {
  /** As shown: the typed digits; number words become digits. */
  text: string;
  low: number;
  high: number;
  /** Written with digits in the input: then the digits must be shown ("1 time a day", not "once a day"). */
  typed: boolean;
}

/** A form of the builder (tablet, drop …) or a unit the builder has no form for (mg, vial …). */
export type DoseUnit = { form: DoseForm } | { unit: string };

export type Moment = 'morning' | 'noon' | 'evening' | 'night' | 'bedtime' | 'once';

export type Timing =
  | { kind: 'timesPerDay'; count: Amount }
  | { kind: 'everyHours'; count: Amount }
  /** times: "q5min x3", at most so many doses, so many minutes apart. */
  | { kind: 'everyMinutes'; count: Amount; times?: Amount }
  | { kind: 'everyDays'; count: Amount }
  | { kind: 'everyWeeks'; count: Amount }
  | { kind: 'timesPerWeek'; count: Amount }
  | { kind: 'everyOtherDay' }
  | { kind: 'moment'; moment: Moment }
  | { kind: 'days'; days: Weekday[] }
  | { kind: 'setTime'; time: string };

export type Verb = 'take' | 'apply' | 'inhale' | 'inject' | 'use' | 'insert' | 'place' | 'give' | 'taper' | 'rinse' | 'chew' | 'dissolve' | 'swish' | 'decrease' | 'rinseMouth';

export type Element =
  | { t: 'dose'; amount: Amount; unit?: DoseUnit | undefined; each?: { amount: Amount; unit: DoseUnit } | undefined; perKg?: boolean }
  | { t: 'unit'; unit: DoseUnit }
  | { t: 'verb'; verb: Verb }
  | { t: 'route'; route: Route; site?: string | undefined }
  | { t: 'site'; site: string }
  | { t: 'timing'; timing: Timing }
  | { t: 'upTo' }
  | { t: 'prn' }
  | { t: 'for' }
  | { t: 'reason'; reason: string }
  | { t: 'food'; cue: Exclude<FoodCue, 'none'> | `extra:${string}` }
  | { t: 'duration'; count: Amount; unit: 'Days' | 'Weeks' | 'Months' | 'Nights' | 'Hours' | 'Cycles' }
  /** "for no more than 2 weeks at a time": a limit on how long, not a plan. */
  | { t: 'durationLimit'; count: Amount; unit: 'Days' | 'Weeks'; atATime: boolean }
  /** "over 30 minutes": how slowly an infusion or a shot goes in. */
  | { t: 'over'; count: Amount; unit: 'Minutes' | 'Hours' }
  /** "at 100 mL/hr": how fast a drip runs. */
  | { t: 'rate'; amount: Amount; unit: DoseUnit }
  /** "starting January 16, 2015", "starting 11/1/2012": the date, its digits as written. */
  | { t: 'start'; date: WrittenDate }
  /** "until gone", "until the cough is gone": when to stop (a reason key, or "" for the medicine itself). */
  | { t: 'until'; reason: string }
  /**
   * A phrase written from a template of "shorthand.phrases" (or a counted one of "shorthand.counts"):
   * in the sentence's "when" part, or as a sentence after it.
   */
  | { t: 'phrase'; key: string; place: 'when' | 'after'; count?: Amount; reason?: string; time?: string; amounts?: { amount: Amount; unit: DoseUnit }[] }
  /** A medicine's name found in the glossary ("Lisinopril - 20mg …"), as written. */
  | { t: 'medicine'; name: string }
  | { t: 'asDirected' }
  | { t: 'then' }
  | { t: 'max'; amount: Amount; unit?: DoseUnit | undefined }
  | { t: 'filler' }
  | { t: 'offset'; amount: Amount; key: string; meal: string }
  | { t: 'note'; note: string }
  /** Understood as shorthand but ambiguous: shown as written. */
  | { t: 'kept' };

/** A date as written: a month name with its day and year, or digits with slashes kept as they are. */
export type WrittenDate = { month: number; day: string; to?: string | undefined; year?: string | undefined } | { asWritten: string };

export interface ShorthandFlag {
  /** errorProne: an ISMP error-prone abbreviation or number style; unknown: a word kept as written. */
  kind: 'errorProne' | 'unknown';
  /** The text as written. */
  text: string;
  /** Why, in plain English, for people checking the list (not shown to patients). */
  note: string;
}

/** One piece of a read instruction: an element it was understood as, or words kept as written. */
export interface Piece {
  element: Element | null;
  /** The tokens it came from, as written. */
  raw: string;
  /** Where it is in the text. */
  start: number;
  end: number;
}
