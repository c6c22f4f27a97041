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
  | { kind: 'everyMinutes'; count: Amount }
  | { kind: 'everyDays'; count: Amount }
  | { kind: 'everyWeeks'; count: Amount }
  | { kind: 'timesPerWeek'; count: Amount }
  | { kind: 'everyOtherDay' }
  | { kind: 'moment'; moment: Moment }
  | { kind: 'days'; days: Weekday[] }
  | { kind: 'setTime'; time: string };

export type Verb = 'take' | 'apply' | 'inhale' | 'inject' | 'use' | 'insert' | 'place' | 'give' | 'taper' | 'rinse' | 'chew' | 'dissolve' | 'swish';

export type Element =
  | { t: 'dose'; amount: Amount; unit?: DoseUnit | undefined; each?: { amount: Amount; unit: DoseUnit } | undefined }
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
  | { t: 'duration'; count: Amount; unit: 'Days' | 'Weeks' | 'Months' | 'Nights' }
  | { t: 'asDirected' }
  | { t: 'then' }
  | { t: 'max'; amount: Amount; unit?: DoseUnit | undefined }
  | { t: 'filler' }
  | { t: 'offset'; amount: Amount; key: string; meal: string }
  | { t: 'note'; note: string }
  /** Understood as shorthand but ambiguous: shown as written. */
  | { t: 'kept' };

export interface ShorthandFlag {
  /** errorProne: an ISMP error-prone abbreviation or number style; unknown: a word kept as written. */
  kind: 'errorProne' | 'unknown';
  /** The text as written. */
  text: string;
  /** Why, in plain English, for people checking the list (not shown to patients). */
  note: string;
}
