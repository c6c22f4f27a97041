import { WEEKDAYS, type DoseForm, type FoodCue, type Route, type Weekday } from '../model/medication';
import { formatClockTime, isTimeOfDay } from './clock';
import { parseDoseAmount, pluralCategory } from './dose-amount';
import { pluralForm, type InstructionPhrases } from './phrases';
import { fill, tidy } from './template';

/**
 * The fields a sentence is written from. Loose on purpose: a form being typed into holds
 * half-finished values (an empty number, a time not yet chosen), and the sentence must
 * simply leave out what is not there yet — never guess it.
 */
export interface InstructionFields {
  doseAmount?: string | undefined;
  doseUnit?: string | undefined;
  form?: DoseForm | undefined;
  route?: Route | undefined;
  timing?: LooseTiming | undefined;
  asNeeded?: boolean | undefined;
  asNeededReason?: string | undefined;
  foodCue?: FoodCue | undefined;
}

export interface LooseTiming {
  kind: string;
  timesPerDay?: unknown;
  times?: unknown;
  hours?: unknown;
  days?: unknown;
}

/**
 * "Take 1 tablet by mouth 2 times a day, with food." — a sentence a 12-year-old can follow,
 * in the language of the phrases. Every number is shown as typed; a part that is missing or
 * not valid yet is left out.
 */
export function writeInstructions(fields: InstructionFields, phrases: InstructionPhrases): string {
  const action = fill(phrases.actions[fields.route ?? 'mouth'], { dose: writeDose(fields, phrases) });
  const reason = fields.asNeededReason?.trim() ?? '';
  const asNeeded = fields.asNeeded ? (reason ? fill(phrases.asNeededFor, { reason }) : phrases.asNeeded) : '';
  const food = fields.foodCue && fields.foodCue !== 'none' ? phrases.food[fields.foodCue] : '';
  const sentence = fill(phrases.sentence, { action, when: writeTiming(fields.timing, phrases), asNeeded, food });
  return tidy(sentence, phrases.locale);
}

/** "1 tablet", "½ tablet", "1-2 tablets", "0.5 mL", "10 units" — or nothing when no valid amount is given. */
export function writeDose(fields: Pick<InstructionFields, 'doseAmount' | 'doseUnit' | 'form'>, phrases: InstructionPhrases): string {
  const amount = parseDoseAmount(fields.doseAmount ?? '');
  if (typeof amount === 'string') return '';
  const unit = fields.doseUnit?.trim() || pluralForm(phrases.units, fields.form ?? 'tablet', pluralCategory(amount, phrases.locale));
  return fill(phrases.dose, { amount: amount.display, unit }).trim();
}

/** "2 times a day", "at 8:00 AM and 8:00 PM", "every 6 hours", "on Monday and Friday", or nothing. */
export function writeTiming(timing: LooseTiming | undefined, phrases: InstructionPhrases): string {
  switch (timing?.kind) {
    case 'timesPerDay':
      return isCount(timing.timesPerDay) ? timesADay(timing.timesPerDay, phrases) : '';
    case 'everyHours':
      return isPositive(timing.hours) ? counted('everyHours', timing.hours, phrases) : '';
    case 'setTimes':
      return setTimes(timing.times, phrases);
    case 'daysOfWeek':
      return daysOfWeek(timing.days, timing.timesPerDay, phrases);
    default:
      return '';
  }
}

function setTimes(times: unknown, phrases: InstructionPhrases): string {
  const valid = [...new Set(Array.isArray(times) ? times.filter(isTimeOfDay) : [])].sort();
  const items = valid.flatMap((time) => {
    const clock = formatClockTime(time, phrases);
    if (!clock) return [];
    const category = new Intl.PluralRules(phrases.locale).select(clock.shownHour);
    return [fill(pluralForm(phrases.counts, 'setTime', category), { time: clock.text })];
  });
  return items.length > 0 ? fill(phrases.setTimes, { list: joinList(items, phrases) }) : '';
}

function daysOfWeek(days: unknown, timesPerDay: unknown, phrases: InstructionPhrases): string {
  const chosen = WEEKDAYS.filter((day) => Array.isArray(days) && (days as unknown[]).includes(day));
  if (chosen.length === 0) return '';
  const times = isCount(timesPerDay) ? timesPerDay : null;
  // Every day of the week is simply "once a day" (or "2 times a day").
  if (chosen.length === WEEKDAYS.length) return times === null ? '' : timesADay(times, phrases);
  const list = joinList(
    chosen.map((day: Weekday) => phrases.dayNames[day]),
    phrases,
  );
  return times !== null && times > 1 ? fill(phrases.daysTimes, { times: timesADay(times, phrases), list }) : fill(phrases.days, { list });
}

const timesADay = (count: number, phrases: InstructionPhrases): string => counted('timesPerDay', count, phrases);

function counted(key: 'timesPerDay' | 'everyHours', count: number, phrases: InstructionPhrases): string {
  const decimals = String(count).split('.')[1]?.length ?? 0;
  const category = new Intl.PluralRules(phrases.locale, { minimumFractionDigits: decimals }).select(count);
  return fill(pluralForm(phrases.counts, key, category), { count: String(count) });
}

/** "A, B and C" in the language's own way (Spanish "y", "e" …). */
function joinList(items: string[], phrases: InstructionPhrases): string {
  return new Intl.ListFormat(phrases.listLocale, { type: 'conjunction', style: 'long' }).format(items);
}

const isPositive = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;
const isCount = (value: unknown): value is number => isPositive(value) && Number.isInteger(value);
