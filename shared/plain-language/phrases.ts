import { z } from 'zod';
import { doseFormSchema, foodCueSchema, routeSchema, weekdaySchema } from '../model/medication';

/**
 * The words of one language for instruction sentences, as data
 * (resources/locales/<lang>/instructions.json). Grammar that differs between languages
 * lives here too, as templates: word order in "sentence", "a la 1:00" vs "a las 2:00" in
 * the plural forms of "setTime", the wording of each route around the dose. Plural forms
 * use i18next's suffixes (_one, _other, and _few/_many where a language has them).
 */
const words = z.string().trim().min(1);

/** A group of plural forms: each listed key must have at least its "_other" form. */
const pluralGroup = (keys: readonly string[]) =>
  z.record(z.string(), words).refine((group) => keys.every((key) => `${key}_other` in group), { message: 'plural form missing' });

const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour)) as [string, ...string[]];

export const instructionPhrasesSchema = z.object({
  /** For plural rules: "en", "es". */
  locale: words,
  /** For joining lists ("Monday, Wednesday and Friday"); may differ from locale to pick a style. */
  listLocale: words,
  /** The whole sentence: {{action}} {{when}} {{asNeeded}} {{food}}; empty parts are dropped. */
  sentence: words,
  /** {{amount}} {{unit}} */
  dose: words,
  /** What to do, by route, around {{dose}}: "Take {{dose}} by mouth". */
  actions: z.record(routeSchema, words),
  /** The unit of a dose of each form: tablet_one, tablet_other … */
  units: pluralGroup(doseFormSchema.options),
  /** timesPerDay_*, everyHours_* ({{count}}), setTime_* ({{time}}, chosen by the hour shown). */
  counts: pluralGroup(['timesPerDay', 'everyHours', 'setTime']),
  /** {{list}} of set times. */
  setTimes: words,
  /** A time of day from {{hour12}} or {{hour24}}, {{minute}} and {{period}}. */
  clock: words,
  /** The period word of each hour of the day, 0 to 23: "AM", "de la tarde". */
  periods: z.record(z.enum(HOURS), words),
  /** {{list}} of days; daysTimes adds {{times}} when it is more than once a day. */
  days: words,
  daysTimes: words,
  /** Day names as used in the "days" phrase. */
  dayNames: z.record(weekdaySchema, words),
  asNeeded: words,
  /** {{reason}} as the person typed it. */
  asNeededFor: words,
  food: z.record(foodCueSchema.exclude(['none']), words),
});
export type InstructionPhrases = z.infer<typeof instructionPhrasesSchema>;

/** Phrases from untrusted data (a locale file): the phrases, or null when anything is missing. */
export function parsePhrases(data: unknown): InstructionPhrases | null {
  const parsed = instructionPhrasesSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The form of a plural group for a category, falling back to "_other" as i18next does. */
export function pluralForm(group: Readonly<Record<string, string>>, key: string, category: Intl.LDMLPluralRule): string {
  return group[`${key}_${category}`] ?? group[`${key}_other`] ?? '';
}
