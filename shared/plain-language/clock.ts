import { fill } from './template';
import type { InstructionPhrases } from './phrases';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface ClockTime {
  text: string;
  /** The hour as it appears in the text (for "a la 1:00" / "a las 2:00"). */
  shownHour: number;
}

/**
 * A time of day (HH:mm, 24-hour) in the language's own clock: "8:00 PM", "8:00 de la noche".
 * The digits stay what they are; only the 12-hour reading and the period word are added.
 */
export function formatClockTime(time: string, phrases: InstructionPhrases): ClockTime | null {
  const match = TIME.exec(time);
  if (!match) return null;
  const hour24 = Number(match[1]);
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const text = fill(phrases.clock, {
    hour12,
    hour24,
    minute: match[2]!,
    period: phrases.periods[String(hour24)] ?? '',
  }).trim();
  return { text, shownHour: /\{\{\s*hour12\s*\}\}/.test(phrases.clock) ? hour12 : hour24 };
}

export const isTimeOfDay = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);
