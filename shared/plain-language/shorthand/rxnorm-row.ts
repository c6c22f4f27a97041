import { readMedicineOnly, type MedicineOnly } from './medicine-only';

/**
 * A row of a C-CDA medication table flattened into one line:
 *   "Lisinopril oral tablet RxNorm: 314076 lisinopril 10 mg Not Indicated Not Indicated"
 * that is: the product, its RxNorm code, the generic name with strength, the start date and the
 * stop date ("Not Indicated" when the record has none), then any instruction. Read only when the
 * product and the generic name are both known medicine lines.
 */
const ROW = /^(.+?) RxNorm: (\d+) (.+?) (\d{4}-\d{2}-\d{2}|Not Indicated) (\d{4}-\d{2}-\d{2}|Not Indicated)(?: (.+))?$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date as written ("2015-06-22"), or null for "Not Indicated". */
export type RowDate = string | null;

export interface RxNormRow {
  product: MedicineOnly;
  code: string;
  generic: MedicineOnly;
  start: RowDate;
  stop: RowDate;
  instruction: string;
}

export function readRxNormRow(text: string): RxNormRow | null {
  const match = ROW.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return null;
  const [, productText, code, genericText, startText, stopText, instruction] = match as unknown as [string, string, string, string, string, string, string | undefined];
  const product = readMedicineOnly(productText);
  const generic = readMedicineOnly(genericText);
  const start = dateOf(startText);
  const stop = dateOf(stopText);
  if (!product || !generic || start === undefined || stop === undefined) return null;
  return { product, code, generic, start, stop, instruction: instruction ?? '' };
}

/** A date of the row, kept as written; null when "Not Indicated"; undefined when it is not a real date. */
function dateOf(text: string): RowDate | undefined {
  const match = ISO.exec(text);
  if (!match) return null;
  const [month, day] = [Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? text : undefined;
}
