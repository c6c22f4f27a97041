import { readMedicineOnly } from './medicine-only';

/**
 * Whole medication entries pasted from a record system:
 *   "Levothyroxine Sodium 25 MCG Oral Tablet Take 1 daily in the morning … Quantity: 1 Refills: 2
 *    Start: 20-Sep-2016"
 * The entry is cut into the medicine's name (a known name with strength and form), the
 * instruction, and labelled fields, each said by its label. A field is understood only when its
 * value has the shape the label calls for (a number, a date, a known status); an entry with any
 * other text is left to the instruction reader, which flags what it does not know.
 */

export type DumpField =
  | { kind: 'supplied' | 'refills'; count: string }
  | { kind: 'start' | 'end' | 'ordered'; date: { day: string; month: number; year: string } }
  | { kind: 'status'; status: 'active' | 'complete' | 'inactive' }
  | { kind: 'generic' }
  | { kind: 'prescriber'; name: string | null }
  | { kind: 'comment'; text: string };

export interface RecordDump {
  /** The medicine's name and strength as written, and the keys of its dose forms. */
  medicine: { name: string; forms: string[] } | null;
  /** What to do, to be read as an instruction. */
  instruction: string;
  fields: DumpField[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/;
const COUNT = /^(?:0|[1-9]\d*)$/;
const STATUSES: Record<string, 'active' | 'complete' | 'inactive'> = { active: 'active', complete: 'complete', completed: 'complete', inactive: 'inactive' };

/** The labels, at a word boundary; "Generic Substitution Allowed" is a statement with no value. */
const LABELS = /\s(Quantity:|Refills:|Ordered ?:|Start:|End:|Status:|Comments:|Generic Substitution Allowed)(?=\s|$)/g;

/**
 * After the refills count and after the order date these exports write who prescribed it,
 * "Last, First" ("Davis, M.D. Albert", "Seven, Henry"): shown as written, in quotes. A
 * placeholder ("Recipient, Unknown") is not a name and leaves the entry flagged.
 */
const PERSON = /^[A-Z][A-Za-z'-]*, (?:[A-Z][A-Za-z'.-]*)(?: [A-Z][A-Za-z'.-]*){0,3}$/;
const prescriber = (rest: string): DumpField[] | null => {
  if (rest === '') return [];
  // The export's own placeholder when it has no prescriber's name.
  if (/^recipient, unknown$/i.test(rest)) return [{ kind: 'prescriber', name: null }];
  return PERSON.test(rest) && !/\bunknown\b/i.test(rest) ? [{ kind: 'prescriber', name: rest }] : null;
};

export function readRecordDump(text: string): RecordDump | null {
  // Another export's spelling of the same labels: "Ordered :30-May-2013 … Started 30-May-2013Active".
  const line = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ Ordered ?: ?(?=\d)/g, ' Ordered: ')
    .replace(/ Started (?=\d{1,2}-[A-Za-z]{3}-\d{4})/g, ' Start: ')
    .replace(/(-\d{4})(Active|Inactive|Completed?)$/, '$1 Status: $2');
  const starts = [...line.matchAll(LABELS)];
  if (starts.length === 0) return null;
  const head = line.slice(0, starts[0]!.index);
  const fields: DumpField[] = [];
  for (const [index, match] of starts.entries()) {
    const label = match[1]!;
    const value = line.slice(match.index + match[0].length, starts[index + 1]?.index ?? line.length).trim();
    const read = readField(label === 'Ordered :' ? 'Ordered:' : label, value);
    if (!read) return null;
    fields.push(...read);
  }
  const split = splitHead(head);
  if (!split.instruction) return null;
  return { medicine: split.medicine, instruction: split.instruction, fields };
}

function readField(label: string, value: string): DumpField[] | null {
  const [first = '', ...others] = value.split(' ');
  const rest = others.join(' ');
  const withName = (field: DumpField): DumpField[] | null => {
    const named = prescriber(rest);
    return named ? [field, ...named] : null;
  };
  switch (label) {
    case 'Quantity:':
      return COUNT.test(value) ? [{ kind: 'supplied', count: value }] : null;
    case 'Refills:':
      return COUNT.test(first) ? withName({ kind: 'refills', count: first }) : null;
    case 'Ordered:': {
      const date = dateOf(first);
      return date ? withName({ kind: 'ordered', date }) : null;
    }
    case 'Start:':
    case 'End:': {
      const date = dateOf(value);
      return date ? [{ kind: label === 'Start:' ? 'start' : 'end', date }] : null;
    }
    case 'Status:': {
      const status = STATUSES[value.toLowerCase()];
      return status ? [{ kind: 'status', status }] : null;
    }
    case 'Generic Substitution Allowed':
      return value === '' ? [{ kind: 'generic' }] : null;
    default:
      return value ? [{ kind: 'comment', text: value }] : null;
  }
}

function dateOf(value: string): { day: string; month: number; year: string } | null {
  const match = DATE.exec(value);
  const month = match ? MONTHS.indexOf(match[2]!.toLowerCase()) + 1 : 0;
  return match && month > 0 ? { day: match[1]!, month, year: match[3]! } : null;
}

/** The longest start of the entry that only names a medicine; the rest is the instruction. */
function splitHead(head: string): { medicine: RecordDump['medicine']; instruction: string } {
  const words = head.split(' ');
  for (let length = words.length - 1; length > 0; length--) {
    const medicine = readMedicineOnly(words.slice(0, length).join(' ').replace(/\s+-$/, ''));
    if (medicine) return { medicine, instruction: words.slice(length).join(' ') };
  }
  return { medicine: null, instruction: head };
}
