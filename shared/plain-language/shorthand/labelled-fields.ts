/**
 * "medication:Tylenol 500mg|dose:MG mg|route:ORAL|frequency:PRN": some record systems export
 * an instruction as labelled fields on one line. The name is shown as written; the route and
 * frequency (and the dose, when it has a number) are read like any instruction. A dose field
 * with only a unit and no number gives no amount, and the sentence says so.
 */
const FIELDS = /^\s*medication:([^|]*)\|dose:([^|]*)\|route:([^|]*)\|frequency:([^|]*)$/i;

/** Units that can stand alone in an empty dose field; an error-prone one ("ug") is not among them. */
const BARE_UNITS = new Set(['mg', 'mcg', 'g', 'gm', 'ml', 'unit', 'units', 'tab', 'tabs', 'cap', 'caps']);

export interface LabelledFields {
  name: string;
  /** Route and frequency (with the dose when it has a number), to be read as an instruction. */
  instruction: string;
  /** The dose field has no number. */
  noAmount: boolean;
}

export function readLabelledFields(text: string): LabelledFields | null {
  const match = FIELDS.exec(text);
  if (!match) return null;
  const [name, dose, route, frequency] = match.slice(1).map((field) => field.trim()) as [string, string, string, string];
  if (!name || (!route && !frequency)) return null;
  const hasNumber = /\d/.test(dose);
  if (!hasNumber && !dose.split(/\s+/).every((word) => word === '' || BARE_UNITS.has(word.toLowerCase()))) return null;
  return { name, instruction: [hasNumber ? dose : '', route, frequency].filter(Boolean).join(' '), noAmount: !hasNumber };
}
