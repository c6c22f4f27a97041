import { z } from 'zod';
import en from '../../../resources/locales/en/instructions.json';
import es from '../../../resources/locales/es/instructions.json';
import { instructionPhrases } from '../languages';
import type { InstructionPhrases } from '../phrases';

/**
 * The extra words the shorthand translator needs on top of the instruction phrases
 * (the "shorthand" part of resources/locales/<lang>/instructions.json).
 */
const words = z.string().trim().min(1);
const group = z.record(z.string(), words);

export const shorthandPhrasesSchema = z.object({
  then: words,
  noRoute: words,
  verbs: group,
  strength: words,
  each: words,
  units: group,
  counts: group,
  everyOtherDay: words,
  upTo: words,
  moments: group,
  food: group,
  asDirected: words,
  maxPerDay: words,
  sites: group,
  reasons: group,
  check: words,
  meals: group,
  notes: group,
  /** {{text}} typed after "for", shown exactly as written. */
  quoted: words,
  /** {{name}}: {{sentence}} */
  named: words,
  perKg: words,
  /** {{form}}: "250 mg tablet" → "250 mg (as tablets)". */
  asForm: words,
  intoVein: words,
  /** {{amount}} {{unit}} an hour. */
  rate: words,
  /** {{date}} */
  starting: words,
  /** {{month}} {{day}} ({{year}}); months by number, 1 to 12. */
  date: words,
  dateWithYear: words,
  months: group,
  /** {{date}} as a range of days: "from January 15 to 20, 2015". */
  dateRange: words,
  /** {{month}} {{day}} to {{to}} ({{year}}) */
  days: words,
  daysWithYear: words,
  /** Templates of "phrase" elements, by key: {{reason}}, {{time}}, {{clock}}, {{a0}} {{a1}} … */
  phrases: group,
  /** With no amount: "Put it" before where on the body ("Put it on the left arm"). */
  putIt: words,
  /** What to do by route when no amount is given: "Take it by mouth". */
  noDose: group,
  /** "Take it if needed": "take" with no amount. */
  takeIt: words,
  /** {{dose}} before a place that says it all ("in the eye that has surgery"). */
  putInPlace: words,
  untilGone: words,
  /** {{reason}} */
  untilReasonGone: words,
});
export type ShorthandPhrases = z.infer<typeof shorthandPhrasesSchema>;

export type ShorthandLanguage = 'en' | 'es';

const BUILT_IN: Readonly<Record<ShorthandLanguage, ShorthandPhrases>> = {
  en: shorthandPhrasesSchema.parse(en.shorthand),
  es: shorthandPhrasesSchema.parse(es.shorthand),
};

export interface AllPhrases {
  base: InstructionPhrases;
  extra: ShorthandPhrases;
}

export const phrasesFor = (language: ShorthandLanguage): AllPhrases => ({ base: instructionPhrases(language), extra: BUILT_IN[language] });
