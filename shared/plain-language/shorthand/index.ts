import { fill } from '../template';
import type { Amount, ShorthandFlag, Timing } from './elements';
import { readDispenseField } from './dispense-field';
import { readLabelledFields } from './labelled-fields';
import { isStrength, readMedicineOnly, readNoMedicines } from './medicine-only';
import { readShorthand } from './parse';
import { readRecordDump, type DumpField } from './record-dump';
import { readRxNormRow } from './rxnorm-row';
import { readWarningLabels } from './warning-labels';
import { phrasesFor, type AllPhrases, type ShorthandLanguage } from './phrases';
import { writeStep } from './render';
import { groupSteps, RECORD_FIELDS, type Step } from './segments';

export type { ShorthandFlag } from './elements';
export type { ShorthandLanguage } from './phrases';

export interface ShorthandTranslation {
  text: string;
  /** Every word was understood and nothing was flagged. */
  complete: boolean;
  flags: ShorthandFlag[];
  unknownWords: string[];
}

/** What a step says, as numbers, for checking against structured data. */
export interface ShorthandStep {
  dose: Amount | null;
  /** How many times per day or per week; null when not said or not countable. */
  frequency: { count: number; per: 'd' | 'wk' } | null;
}

const isInstruction = (steps: Step[]): boolean =>
  steps.some((step) => step.verb !== undefined || step.timings.length > 0 || step.asNeeded || step.asDirected || step.durations.length > 0 || step.food.length > 0 || step.offsets.length > 0 || step.notes.length > 0 || step.over.length > 0 || step.rates.length > 0 || step.phrases.some((phrase) => !RECORD_FIELDS.has(phrase.key)));

/**
 * A prescription instruction in plain words: "1 tab po bid prn pain" → "Take 1 tablet by
 * mouth 2 times a day if needed for pain." Numbers are kept as typed; a word not understood
 * stays as written and the line asks to check with the pharmacist; ISMP error-prone forms are
 * flagged rather than guessed.
 */
export function translateShorthand(text: string, language: ShorthandLanguage): ShorthandTranslation {
  const phrases = phrasesFor(language);
  const statement = readStatement(text, phrases);
  if (statement !== null) return { text: statement, complete: true, flags: [], unknownWords: [] };
  const strength = readTrailingStrength(text, language, phrases);
  if (strength !== null) return strength;
  const row = readRowText(text, language, phrases);
  if (row !== null) return { text: row, complete: true, flags: [], unknownWords: [] };
  const dump = readDumpText(text, language, phrases);
  if (dump !== null) return { text: dump, complete: true, flags: [], unknownWords: [] };
  const labelled = readLabelledFields(text);
  if (labelled) {
    const inner = translateShorthand(labelled.instruction, language);
    const named = fill(phrases.extra.named, { name: labelled.name, sentence: inner.text });
    const body = labelled.noAmount ? `${named} ${phrases.extra.phrases.noAmount ?? ''}`.trim() : named;
    // Only a fully read instruction is written this way; anything else is read as plain text below.
    if (inner.complete && keepsNumbers(text, body)) return { ...inner, text: body };
  }
  const read = readDispenseField(text) ?? text;
  const reading = readShorthand(read);
  const steps = groupSteps(reading.pieces, read);
  const flags = [...reading.flags];
  for (const kept of steps.flatMap((step) => step.misplaced)) {
    // Pieces that were understood alone but do not fit where they stand ("30 rf 0") stay as written.
    flags.push({ kind: 'unknown', text: kept, note: 'Does not fit in the sentence; kept as written.' });
  }
  const unknownWords = flags.filter((flag) => flag.kind === 'unknown').map((flag) => flag.text);
  const complete = flags.length === 0 && isInstruction(steps);
  if (!isInstruction(steps)) {
    // Not an instruction (a drug name, a note): shown as written, never rewritten.
    const kept = text.trim();
    return { text: kept ? `${kept} — ${phrases.extra.check}` : '', complete: false, flags, unknownWords };
  }
  const sentences = steps.map((step, index) => {
    const sentence = writeStep(step, phrases);
    return index === 0 ? sentence : fill1(phrases.extra.then, sentence, language);
  });
  const body = sentences.join(' ');
  // The promise is never to lose or change a number: if any went missing, show the line as written.
  if (!keepsNumbers(text, body)) {
    return { text: `${text.trim()} — ${phrases.extra.check}`, complete: false, flags: [...flags, { kind: 'unknown', text: text.trim(), note: 'Could not be written out without losing a number; kept as written.' }], unknownWords };
  }
  return { text: complete ? body : `${body} ${phrases.extra.check}`, complete, flags, unknownWords };
}

/** A line that only names a medicine, or says there are none: said as such, every number kept. */
function readStatement(text: string, phrases: ReturnType<typeof phrasesFor>): string | null {
  const none = readNoMedicines(text);
  if (none) return phrases.extra.phrases[none] ?? null;
  const medicine = readMedicineOnly(text);
  if (!medicine) return null;
  const forms = medicine.forms.map((key) => phrases.extra.phrases[key] ?? '').filter(Boolean);
  const sentence = forms.length > 0 ? fill(phrases.extra.phrases.medicineForms ?? '', { name: medicine.name, forms: forms.join(', ') }) : fill(phrases.extra.phrases.medicine ?? '', { name: medicine.name });
  return sentence && keepsNumbers(text, sentence) ? sentence : null;
}

/** "1 Unit once a week (500 MCG/ML)": the product's strength in brackets after a full instruction, said as the strength. */
function readTrailingStrength(text: string, language: ShorthandLanguage, phrases: AllPhrases): ShorthandTranslation | null {
  const match = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(text.trim());
  if (!match || !isStrength(match[2]!) || readRecordDump(text)) return null;
  const inner = translateShorthand(match[1]!, language);
  if (!inner.complete) return null;
  const body = `${inner.text} ${fill(phrases.extra.phrases.strengthIs ?? '', { strength: match[2]!.trim() })}`;
  return keepsNumbers(text, body) ? { ...inner, text: body } : null;
}

/** "Medicine: X (forms)." from a name line read by readMedicineOnly. */
function medicineSentence(medicine: { name: string; forms: string[] }, phrases: AllPhrases): string {
  const forms = medicine.forms.map((key) => phrases.extra.phrases[key] ?? '').filter(Boolean);
  const template = forms.length > 0 ? phrases.extra.phrases.medicineNamedForms : phrases.extra.phrases.medicineNamed;
  return fill(template ?? '', { name: medicine.name, forms: forms.join(', ') });
}

/** A flattened medication-table row (product, RxNorm code, generic name, dates, instruction), when every part is understood. */
function readRowText(text: string, language: ShorthandLanguage, phrases: AllPhrases): string | null {
  const row = readRxNormRow(text);
  if (!row) return null;
  const { extra } = phrases;
  const instruction = row.instruction ? translateShorthand(row.instruction, language) : null;
  if (instruction && !instruction.complete) return null;
  const notGiven = extra.phrases.notGiven ?? '';
  const sentence = [
    medicineSentence(row.product, phrases),
    fill(extra.phrases.genericName ?? '', { name: row.generic.name }),
    fill(extra.phrases.rxnormCode ?? '', { code: row.code }),
    fill(extra.phrases.fieldStart ?? '', { date: row.start ?? notGiven }),
    fill(extra.phrases.fieldEnd ?? '', { date: row.stop ?? notGiven }),
    instruction ? instruction.text : (extra.phrases.noDirections ?? ''),
  ].join(' ');
  return keepsNumbers(text, sentence) ? sentence : null;
}

/** A whole record entry (name, instruction, labelled fields), when every part of it is understood. */
function readDumpText(text: string, language: ShorthandLanguage, phrases: AllPhrases): string | null {
  const dump = readRecordDump(text);
  if (!dump) return null;
  const instruction = translateShorthand(dump.instruction, language);
  if (!instruction.complete) return null;
  const parts: string[] = [];
  if (dump.medicine) parts.push(medicineSentence(dump.medicine, phrases));
  parts.push(instruction.text);
  for (const field of dump.fields) {
    const said = fieldText(field, language, phrases);
    if (said === null) return null;
    parts.push(said);
  }
  const sentence = parts.join(' ');
  return keepsNumbers(text, sentence) ? sentence : null;
}

function fieldText(field: DumpField, language: ShorthandLanguage, phrases: AllPhrases): string | null {
  const { extra } = phrases;
  switch (field.kind) {
    case 'supplied':
    case 'refills':
      return fill(extra.counts[`${field.kind}_other`] ?? '', { count: field.count });
    case 'start':
    case 'end':
    case 'ordered': {
      const date = fill(extra.dateWithYear, { month: extra.months[String(field.date.month)] ?? '', day: field.date.day, year: field.date.year });
      return fill(extra.phrases[{ start: 'fieldStart', end: 'fieldEnd', ordered: 'fieldOrdered' }[field.kind]] ?? '', { date });
    }
    case 'status':
      return extra.phrases[`status${field.status.charAt(0).toUpperCase()}${field.status.slice(1)}`] ?? null;
    case 'prescriber':
      return field.name === null ? (extra.phrases.prescriberUnknown ?? null) : fill(extra.phrases.prescriber ?? '', { name: field.name });
    case 'generic':
      return extra.phrases.genericAllowed ?? null;
    case 'comment': {
      // A comment is said only when every sentence is a known warning label, or it reads completely as an instruction.
      const labels = readWarningLabels(field.text);
      if (labels) return labels.map((key) => extra.phrases[key] ?? '').join(' ');
      const comment = translateShorthand(field.text, language);
      return comment.complete ? comment.text : null;
    }
  }
}

const digitRuns = (text: string): string[] => text.match(/\d+/g) ?? [];

/** Every run of digits in the input is in the output at least as many times. */
export function keepsNumbers(input: string, output: string): boolean {
  const left = digitRuns(output);
  for (const run of digitRuns(input)) {
    const at = left.indexOf(run);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

function fill1(template: string, sentence: string, language: string): string {
  const lowered = sentence.charAt(0).toLocaleLowerCase(language) + sentence.slice(1);
  return template.replace(/\{\{\s*sentence\s*\}\}/, lowered);
}

/** Both languages' sentences, the first language first (for bilingual printouts). */
export function bilingualInstruction(
  text: string,
  firstLanguage: ShorthandLanguage,
): { first: ShorthandTranslation & { language: ShorthandLanguage }; second: ShorthandTranslation & { language: ShorthandLanguage } } {
  const secondLanguage: ShorthandLanguage = firstLanguage === 'en' ? 'es' : 'en';
  return {
    first: { ...translateShorthand(text, firstLanguage), language: firstLanguage },
    second: { ...translateShorthand(text, secondLanguage), language: secondLanguage },
  };
}

/** The dose and how often, step by step, as read from the shorthand. */
export function readShorthandSteps(text: string): ShorthandStep[] {
  return groupSteps(readShorthand(text).pieces, text).map((step) => ({ dose: step.dose ?? null, frequency: frequencyOf(step.timings.map((t) => t.timing)) }));
}

function frequencyOf(timings: Timing[]): ShorthandStep['frequency'] {
  const counts = timings.flatMap((timing): ShorthandStep['frequency'][] => {
    switch (timing.kind) {
      case 'timesPerDay':
        return timing.count.low === timing.count.high ? [{ count: timing.count.low, per: 'd' }] : [];
      case 'everyHours':
        return timing.count.low === timing.count.high && 24 % timing.count.low === 0 ? [{ count: 24 / timing.count.low, per: 'd' }] : [];
      case 'timesPerWeek':
        return timing.count.low === timing.count.high ? [{ count: timing.count.low, per: 'wk' }] : [];
      case 'moment':
        return [{ count: 1, per: 'd' }];
      default:
        return [];
    }
  });
  const first = counts[0];
  if (!first) return null;
  // "daily in the morning" is once a day, not twice.
  return counts.every((count) => count?.per === first.per && count.count === first.count) || timings[0]?.kind !== 'moment' ? first : null;
}
