import type { Amount, DoseUnit, Element, Timing, Verb } from './elements';
import type { Piece } from './elements';
import type { DoseForm, Route } from '../../model/medication';

/** One step of an instruction ("take 2 daily for 1 day", then "1 daily for 4 days"). */
export interface Step {
  verb?: Verb;
  route?: Route;
  dose?: Amount;
  unit?: DoseUnit;
  strength?: { amount: Amount; unit: DoseUnit };
  sites: string[];
  timings: { timing: Timing; upTo: boolean }[];
  asNeeded: boolean;
  reasons: string[];
  forReasons: string[];
  food: Extract<Element, { t: 'food' }>['cue'][];
  durations: Extract<Element, { t: 'duration' }>[];
  asDirected: boolean;
  max: { amount: Amount; unit?: DoseUnit }[];
  /** Words not understood, as written, in order. */
  unknown: string[];
  offsets: Extract<Element, { t: 'offset' }>[];
  notes: string[];
  perKg: boolean;
  /** "250 mg tablet": the form an amount in mg is taken as. */
  form?: DoseForm;
  over: Extract<Element, { t: 'over' }>[];
  rates: Extract<Element, { t: 'rate' }>[];
  limits: Extract<Element, { t: 'durationLimit' }>[];
  start?: Extract<Element, { t: 'start' }>['date'];
  /** "until gone" ("") or until a reason is gone (its key). */
  until?: string;
  /** Medicine names as written ("Lisinopril"), shown before the sentence. */
  medicines: string[];
  phrases: Extract<Element, { t: 'phrase' }>[];
  /** Understood pieces that do not fit where they stand, as written. */
  misplaced: string[];
  /** Where the step's pieces are in the text. */
  pieces: Piece[];
  /** Spans of the text kept as written. */
  kept: { start: number; end: number }[];
}

const blank = (): Step => ({ phrases: [], perKg: false, over: [], rates: [], limits: [], medicines: [], sites: [], timings: [], asNeeded: false, reasons: [], forReasons: [], food: [], durations: [], asDirected: false, max: [], unknown: [], offsets: [], notes: [], misplaced: [], pieces: [], kept: [] });

const isMass = (unit: DoseUnit | undefined): boolean => !!unit && 'unit' in unit && ['mg', 'mcg', 'g', 'mEq', 'unit'].includes(unit.unit);

/** Groups pieces into steps: a new step starts at "then", or when a new dose comes after a complete one. */
/** Phrase keys of record fields: how many are supplied and how many refills. */
export const RECORD_FIELDS: ReadonlySet<string> = new Set(['supplied', 'refills']);

export function groupSteps(pieces: Piece[], text: string): Step[] {
  const steps: Step[] = [blank()];
  let step = steps[0]!;
  let last: Element | null = null;
  let upTo = false;
  let reasonMode: 'prn' | 'for' | null = null;
  const next = (): void => {
    step = blank();
    steps.push(step);
  };
  /** Keeps a piece as written; pieces next to each other stay together, with the marks between them. */
  const keep = (target: Step, piece: Piece): void => {
    const previous = target.kept.at(-1);
    if (previous && /^[\s,.;:()/=+-]*$/.test(text.slice(previous.end, piece.start))) previous.end = piece.end;
    else target.kept.push({ start: piece.start, end: piece.end });
  };
  for (const piece of pieces) {
    const { element } = piece;
    if (!element) {
      step.pieces.push(piece);
      keep(step, piece);
      last = null;
      continue;
    }
    const stepDone = step.dose !== undefined && (step.timings.length > 0 || step.durations.length > 0);
    switch (element.t) {
      case 'then':
        if (stepDone || step.dose !== undefined || step.timings.length > 0) next();
        break;
      case 'verb':
        if (stepDone) next();
        if (step.verb === undefined || step.verb === 'take' || element.verb !== 'take') step.verb = step.verb ?? element.verb;
        break;
      case 'dose':
        if (last?.t === 'max' && !last.unit && element.amount.text === last.amount.text) break;
        if (step.dose !== undefined && isMass(element.unit) && !isMass(step.unit) && step.strength === undefined && !stepDone) {
          step.strength = { amount: element.amount, unit: element.unit! };
        } else if (step.dose !== undefined && !stepDone && step.strength === undefined && element.unit) {
          // "one 150 mg tab", "1 click 0.25 ml": the second amount says the same dose another way.
          step.strength = { amount: element.amount, unit: element.unit };
        } else if (step.dose !== undefined && !stepDone) {
          // A second bare number before the dose is complete: not guessed.
          step.misplaced.push(piece.raw);
          keep(step, piece);
        } else {
          if (stepDone || step.dose !== undefined) next();
          step.dose = element.amount;
          if (element.unit) step.unit = element.unit;
          if (element.perKg) step.perKg = true;
          if (element.each) step.strength = element.each;
        }
        break;
      case 'unit':
        if (last?.t === 'max' && !last.unit) {
          last.unit = element.unit;
          break;
        }
        if (step.dose === undefined) {
          // A form with no amount ("take on tablet"): not guessed, kept as written.
          step.misplaced.push(piece.raw);
          keep(step, piece);
        } else if (step.unit === undefined) step.unit = element.unit;
        else if (JSON.stringify(step.unit) !== JSON.stringify(element.unit) && step.strength && !('form' in (step.strength.unit ?? {}))) {
          // "one 150 mg tab": the form after the strength.
          step.unit = element.unit;
        } else if (JSON.stringify(step.unit) !== JSON.stringify(element.unit) && 'form' in element.unit && isMass(step.unit) && !step.strength && !step.form) {
          // "250 mg tablet": the amount in mg, taken as tablets (how many is not said).
          step.form = element.unit.form;
        } else if (JSON.stringify(step.unit) !== JSON.stringify(element.unit)) {
          // Another unit that does not fit: not guessed.
          step.misplaced.push(piece.raw);
          keep(step, piece);
        }
        break;
      case 'route':
        if (step.route === undefined) step.route = element.route;
        if (element.site && !step.sites.includes(element.site)) step.sites.push(element.site);
        break;
      case 'site':
        if (!step.sites.includes(element.site)) step.sites.push(element.site);
        break;
      case 'timing': {
        const previous = step.timings.at(-1)?.timing;
        if (previous?.kind === 'days' && element.timing.kind === 'days') previous.days.push(...element.timing.days);
        else if (!step.timings.some((known) => JSON.stringify(known.timing) === JSON.stringify(element.timing))) step.timings.push({ timing: element.timing, upTo });
        upTo = false;
        break;
      }
      case 'upTo':
        upTo = true;
        break;
      case 'prn':
        step.asNeeded = true;
        reasonMode = 'prn';
        break;
      case 'for':
        if (reasonMode === null) reasonMode = 'for';
        break;
      case 'reason': {
        if (reasonMode === null) {
          // A reason with no "as needed" or "for" before it ("1 tab daily pain"): how it relates is not guessed.
          step.misplaced.push(piece.raw);
          keep(step, piece);
          break;
        }
        const list = reasonMode === 'for' && !step.asNeeded ? step.forReasons : step.reasons;
        if (!list.includes(element.reason)) list.push(element.reason);
        break;
      }
      case 'food':
        if (!step.food.includes(element.cue)) step.food.push(element.cue);
        break;
      case 'duration':
        step.durations.push(element);
        break;
      case 'asDirected':
        step.asDirected = true;
        break;
      case 'max':
        step.max.push(element);
        break;
      case 'filler':
        break;
      case 'offset':
        step.offsets.push(element);
        break;
      case 'note':
        if (!step.notes.includes(element.note)) step.notes.push(element.note);
        break;
      case 'kept':
        keep(step, piece);
        break;
      case 'over':
        step.over.push(element);
        break;
      case 'phrase':
        step.phrases.push(element);
        break;
      case 'rate':
        step.rates.push(element);
        break;
      case 'durationLimit':
        step.limits.push(element);
        break;
      case 'start':
      case 'until':
      case 'medicine': {
        // Said once per step; a second one is not guessed at.
        const taken = element.t === 'start' ? step.start !== undefined : element.t === 'until' ? step.until !== undefined : step.medicines.length > 0;
        if (taken) {
          step.misplaced.push(piece.raw);
          keep(step, piece);
        } else if (element.t === 'start') step.start = element.date;
        else if (element.t === 'until') step.until = element.reason;
        else step.medicines.push(element.name);
        break;
      }
    }
    // After the switch: a dose that starts a new step belongs to the new step.
    step.pieces.push(piece);
    if (element.t !== 'filler') last = element;
  }
  // A "step" of only a number ("30 rf 0") is not a step: it stays as written with the one before.
  const kept: Step[] = [];
  for (const candidate of steps) {
    const previous = kept.at(-1);
    // Record fields ("rf 0", "qty 30") say nothing about taking it: they never make a step of their own.
    const says = candidate.verb || candidate.route || candidate.timings.length || candidate.durations.length || candidate.asNeeded || candidate.asDirected || candidate.offsets.length || candidate.over.length || candidate.rates.length || candidate.phrases.some((phrase) => !RECORD_FIELDS.has(phrase.key));
    if (previous && !says) {
      for (const piece of candidate.pieces) {
        if (piece.element?.t === 'phrase' && RECORD_FIELDS.has(piece.element.key)) {
          previous.phrases.push(piece.element);
          continue;
        }
        if (piece.element && piece.element.t !== 'filler') previous.misplaced.push(piece.raw);
        if (piece.element?.t !== 'filler') keep(previous, piece);
      }
      previous.notes.push(...candidate.notes);
    } else kept.push(candidate);
  }
  for (const candidate of kept) {
    candidate.unknown = candidate.kept.map((span) => text.slice(span.start, span.end));
    // "inhale 2 puffs by mouth" is breathed in, not swallowed.
    if (candidate.verb === 'inhale' && candidate.route === 'mouth') candidate.route = 'inhaled';
    if (candidate.asNeeded) {
      candidate.reasons = [...new Set([...candidate.forReasons, ...candidate.reasons])];
      candidate.forReasons = [];
    }
  }
  return kept;
}
