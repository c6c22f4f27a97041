import { parseDoseAmount, pluralCategory } from '../dose-amount';
import { writeTiming } from '../instructions';
import { pluralForm } from '../phrases';
import { fill, tidy } from '../template';
import { formatClockTime } from '../clock';
import type { Amount, DoseUnit, Element, Timing, WrittenDate } from './elements';
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
      return timing.times ? countPhrase('everyMinutesTimes', timing.count, phrases, { times: timing.times.text }) : countPhrase(timing.kind, timing.count, phrases);
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

/** Places on the body that say where on the skin ("Put it on the left arm", not "on the skin on the left arm"). */
const SKIN_PLACES = new Set(['affected', 'affectedAround', 'face', 'vaginalArea', 'leftArm', 'rightArm', 'arms', 'leftLeg', 'rightLeg', 'legs', 'leftHand', 'rightHand', 'hands', 'leftFoot', 'rightFoot', 'feet', 'leftKnee', 'rightKnee', 'knees', 'leftElbow', 'rightElbow', 'leftShoulder', 'rightShoulder', 'back', 'neck', 'scalp', 'chest']);

/** One step as a sentence, written with the builder's phrases. */
export function writeStep(step: Step, phrases: AllPhrases): string {
  const { base, extra } = phrases;
  const unit = step.unit ?? (step.dose ? undefined : undefined);
  const perKg = step.perKg ? ` ${extra.perKg}` : step.form ? ` ${fill(extra.asForm, { form: pluralForm(base.units, step.form, 'other') })}` : '';
  const amountText = step.dose ? fill(base.dose, { amount: step.dose.text, unit: unitWords(unit, step.dose, phrases) + perKg }).trim() : '';
  // "2 spoonfuls (5 mL each)": the size of each spoonful, not the total.
  const strengthTemplate = step.unit && 'unit' in step.unit && step.unit.unit === 'spoon' ? extra.each : extra.strength;
  const strength = step.strength
    ? fill(strengthTemplate, { amount: step.strength.amount.text, unit: unitWords(step.strength.unit, step.strength.amount, phrases) })
    : '';
  const dose = [amountText, strength].filter(Boolean).join(' ');
  // Into a vein is given (by a nurse, a pump or the person), never "taken".
  const intoVein = step.sites.includes('vein') && (step.verb === undefined || step.verb === 'give' || step.verb === 'use' || step.verb === 'take');
  const onBody = step.sites.some((site) => SKIN_PLACES.has(site));
  const template = intoVein
    ? ((dose ? undefined : extra.noDose.vein) ?? extra.intoVein)
    : step.sites.includes('surgicalEye')
      ? extra.putInPlace
      : step.route === 'skin' && !dose && onBody
        ? extra.putIt
        : step.route
          ? (dose ? undefined : extra.noDose[step.route]) ?? base.actions[step.route]
          : step.verb && step.verb !== 'take'
            ? extra.verbs[step.verb]
            : dose
              ? extra.noRoute
              : extra.takeIt;
  const sites = step.sites.filter((site) => !(intoVein && site === 'vein')).map((site) => extra.sites[site] ?? '').filter(Boolean);
  const action = [fill(template ?? extra.noRoute, { dose }), ...sites].join(' ');
  const when = [
    ...step.rates.map((rate) => fill(extra.rate, { amount: rate.amount.text, unit: unitWords(rate.unit, rate.amount, phrases) })),
    ...step.over.map((over) => countPhrase(`over${over.unit}`, over.count, phrases)),
    ...joinMoments(
      step.timings.map(({ timing, upTo }) => ({ moment: timing.kind === 'moment' && !upTo, text: upTo ? fill(extra.upTo, { when: timingPhrase(timing, phrases) }) : timingPhrase(timing, phrases) })),
      base.listLocale,
    ),
    ...step.durations.map((duration) => countPhrase(`for${duration.unit}`, duration.count, phrases)),
    ...step.limits.map((limit) => countPhrase(`noMoreThan${limit.unit}${limit.atATime ? 'AtATime' : ''}`, limit.count, phrases)),
    step.start ? fill('to' in step.start ? extra.dateRange : extra.starting, { date: writtenDate(step.start, extra) }) : '',
    ...step.phrases.filter((phrase) => phrase.place === 'when').map((phrase) => phraseText(phrase, phrases)),
    step.until === undefined ? '' : step.until === '' ? extra.untilGone : fill(extra.untilReasonGone, { reason: reasonWords(step.until, extra) }),
    step.asDirected ? extra.asDirected : '',
  ]
    .filter(Boolean)
    .join(' ');
  const reasons = (list: string[]): string =>
    new Intl.ListFormat(base.listLocale, { type: 'disjunction' }).format(list.map((reason) => reasonWords(reason, extra)));
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
  const notes = [
    ...step.phrases.filter((phrase) => phrase.place === 'after').map((phrase) => phraseText(phrase, phrases)),
    ...step.notes.map((note) => extra.notes[note] ?? ''),
  ].filter(Boolean);
  // A step that is only notes ("Take at regular intervals. Complete the course") says only the notes.
  const onlyNotes = notes.length > 0 && !dose && !step.route && step.sites.length === 0 && !when && !asNeeded && !forReasons && !food && (step.verb === undefined || step.verb === 'take');
  if (onlyNotes && step.unknown.length === 0 && step.medicines.length === 0) return notes.join(' ');
  // Words not understood stay exactly as written, inside the sentence they came with.
  const withUnknown = step.unknown.length === 0 ? sentence : `${sentence.replace(/\.$/, '')} (${step.unknown.join(' ')}).`;
  // The medicine's name as written, before what to do with it.
  const named = step.medicines.length > 0 ? fill(extra.named, { name: step.medicines.join(' '), sentence: withUnknown }) : withUnknown;
  return [named, ...notes].join(' ');
}

/** A phrase from its template: a count, a reason, a time and amounts filled in. */
function phraseText(phrase: Extract<Element, { t: 'phrase' }>, phrases: AllPhrases): string {
  const { extra, base } = phrases;
  const values: Record<string, string> = { reason: phrase.reason === undefined ? '' : reasonWords(phrase.reason, extra), time: phrase.time ?? '' };
  if (phrase.time && /^\d{4}$/.test(phrase.time)) values.clock = formatClockTime(`${phrase.time.slice(0, 2)}:${phrase.time.slice(2)}`, base)?.text ?? '';
  (phrase.amounts ?? []).forEach(({ amount, unit }, index) => {
    values[`a${index}`] = fill(base.dose, { amount: amount.text, unit: unitWords(unit, amount, phrases) }).trim();
  });
  const text = phrase.count ? countPhrase(phrase.key, phrase.count, phrases, values) : fill(extra.phrases[phrase.key] ?? '', values);
  return tidyAfter(text, phrase.place, base.locale);
}

/** A phrase said as its own sentence starts with a capital letter. */
const tidyAfter = (text: string, place: 'when' | 'after', locale: string): string => (place === 'after' && text ? text.charAt(0).toLocaleUpperCase(locale) + text.slice(1) : text);

/** A reason from the list in the reader's words, or words typed after "for", quoted as written. */
function reasonWords(reason: string, extra: AllPhrases['extra']): string {
  return reason.startsWith('text:') ? fill(extra.quoted, { text: reason.slice(5) }) : (extra.reasons[reason] ?? reason);
}

/** "in the morning and in the evening": times of day said together, not one after the other. */
function joinMoments(parts: { moment: boolean; text: string }[], listLocale: string): string[] {
  const out: string[] = [];
  let moments: string[] = [];
  const flush = (): void => {
    if (moments.length > 0) out.push(new Intl.ListFormat(listLocale, { type: 'conjunction' }).format(moments));
    moments = [];
  };
  for (const part of parts) {
    if (part.moment) moments.push(part.text);
    else {
      flush();
      out.push(part.text);
    }
  }
  flush();
  return out;
}

/** A month name in the reader's language with the day and year as written; slashed digits as written. */
function writtenDate(date: WrittenDate, extra: AllPhrases['extra']): string {
  if ('asWritten' in date) return date.asWritten;
  const month = extra.months[String(date.month)] ?? '';
  const values = { month, day: date.day, to: date.to ?? '', year: date.year ?? '' };
  if (date.to) return fill(date.year ? extra.daysWithYear : extra.days, values);
  return fill(date.year ? extra.dateWithYear : extra.date, values);
}
