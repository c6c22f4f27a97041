import { parseDoseAmount, pluralCategory } from '../dose-amount';
import { writeTiming } from '../instructions';
import { pluralForm } from '../phrases';
import { fill, tidy } from '../template';
import type { Amount, DoseUnit, Timing } from './elements';
import type { AllPhrases } from './phrases';
import type { Step } from './segments';

/** Singular or plural for a number kept as typed ("1-2" agrees with 2, "1/2" is singular). */
function category(amount: Amount, locale: string): Intl.LDMLPluralRule {
  const parsed = parseDoseAmount(amount.text);
  if (typeof parsed !== 'string') return pluralCategory(parsed, locale);
  return amount.high === 1 ? 'one' : 'other';
}

function unitWords(unit: DoseUnit | undefined, amount: Amount | undefined, { base, extra }: AllPhrases): string {
  const plural = amount ? category(amount, base.locale) : 'one';
  if (!unit) return amount ? pluralForm(base.units, 'other', plural) : '';
  return 'form' in unit ? pluralForm(base.units, unit.form, plural) : pluralForm(extra.units, unit.unit, plural);
}

function countPhrase(key: string, amount: Amount, phrases: AllPhrases, more: Record<string, string> = {}): string {
  const { extra, base } = phrases;
  if (amount.low !== amount.high) {
    const [low, high] = amount.text.split('-');
    return fill(pluralForm(extra.counts, `${key}Range`, 'other') || pluralForm(extra.counts, key, 'other'), { ...more, low: low ?? '', high: high ?? '', count: amount.text });
  }
  const plural = category(amount, base.locale);
  // "once a day" would hide a typed "1": the digit form keeps it.
  const digitForm = amount.typed && plural === 'one' ? extra.counts[`${key}_digit`] : undefined;
  return fill(digitForm ?? pluralForm(extra.counts, key, plural), { ...more, count: amount.text });
}

function timingPhrase(timing: Timing, phrases: AllPhrases): string {
  const { base, extra } = phrases;
  switch (timing.kind) {
    case 'timesPerDay':
    case 'everyHours':
      // The builder writes whole counts; a range is written here with the same words.
      if (timing.count.low === timing.count.high && /^\d+$/.test(timing.count.text) && !(timing.count.typed && timing.count.low === 1)) {
        const built = writeTiming({ kind: timing.kind, timesPerDay: timing.count.low, hours: timing.count.low }, base);
        if (built) return built;
      }
      return countPhrase(timing.kind, timing.count, phrases);
    case 'everyMinutes':
    case 'everyDays':
    case 'everyWeeks':
    case 'timesPerWeek':
      return countPhrase(timing.kind, timing.count, phrases);
    case 'everyOtherDay':
      return extra.everyOtherDay;
    case 'moment':
      return timing.moment === 'bedtime' ? base.food.atBedtime : (extra.moments[timing.moment] ?? '');
    case 'days':
      return writeTiming({ kind: 'daysOfWeek', days: timing.days }, base);
    case 'setTime':
      return writeTiming({ kind: 'setTimes', times: [timing.time] }, base);
  }
}

/** One step as a sentence, written with the builder's phrases. */
export function writeStep(step: Step, phrases: AllPhrases): string {
  const { base, extra } = phrases;
  const unit = step.unit ?? (step.dose ? undefined : undefined);
  const amountText = step.dose ? fill(base.dose, { amount: step.dose.text, unit: unitWords(unit, step.dose, phrases) }).trim() : '';
  // "2 spoonfuls (5 mL each)": the size of each spoonful, not the total.
  const strengthTemplate = step.unit && 'unit' in step.unit && step.unit.unit === 'spoon' ? extra.each : extra.strength;
  const strength = step.strength
    ? fill(strengthTemplate, { amount: step.strength.amount.text, unit: unitWords(step.strength.unit, step.strength.amount, phrases) })
    : '';
  const dose = [amountText, strength].filter(Boolean).join(' ');
  const template = step.route ? base.actions[step.route] : step.verb && step.verb !== 'take' ? extra.verbs[step.verb] : extra.noRoute;
  const sites = step.sites.map((site) => extra.sites[site] ?? '').filter(Boolean);
  const action = [fill(template ?? extra.noRoute, { dose }), ...sites].join(' ');
  const when = [
    ...step.timings.map(({ timing, upTo }) => (upTo ? fill(extra.upTo, { when: timingPhrase(timing, phrases) }) : timingPhrase(timing, phrases))),
    ...step.durations.map((duration) => countPhrase(`for${duration.unit}`, duration.count, phrases)),
    step.asDirected ? extra.asDirected : '',
  ]
    .filter(Boolean)
    .join(' ');
  const reasons = (list: string[]): string =>
    new Intl.ListFormat(base.listLocale, { type: 'disjunction' }).format(list.map((reason) => extra.reasons[reason] ?? reason));
  const asNeeded = step.asNeeded ? (step.reasons.length > 0 ? fill(base.asNeededFor, { reason: reasons(step.reasons) }) : base.asNeeded) : '';
  const forReasons = step.forReasons.length > 0 ? fill(base.asNeededFor, { reason: reasons(step.forReasons) }).replace(base.asNeeded, '').trim() : '';
  const food = [
    ...step.offsets.map((offset) => countPhrase(offset.key, offset.amount, phrases, { what: extra.meals[offset.meal] ?? '' })),
    ...step.food.map((cue) => (cue.startsWith('extra:') ? extra.food[cue.slice(6)] : base.food[cue as keyof typeof base.food]) ?? ''),
    ...step.max.map((max) => fill(extra.maxPerDay, { amount: [max.amount.text, max.unit ? unitWords(max.unit, max.amount, phrases) : ''].join(' ').trim() })),
  ]
    .filter(Boolean)
    .join(', ');
  const sentence = tidy(fill(base.sentence, { action, when, asNeeded: [asNeeded, forReasons].filter(Boolean).join(' '), food }), base.locale);
  const notes = step.notes.map((note) => extra.notes[note] ?? '').filter(Boolean);
  // Words not understood stay exactly as written, inside the sentence they came with.
  const withUnknown = step.unknown.length === 0 ? sentence : `${sentence.replace(/\.$/, '')} (${step.unknown.join(' ')}).`;
  return [withUnknown, ...notes].join(' ');
}
