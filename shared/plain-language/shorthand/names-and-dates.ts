import type { Element, WrittenDate } from './elements';
import { LONGEST_MEDICINE_NAME, MEDICINE_NAMES } from './medicine-names';
import type { Token } from './tokens';

interface Found {
  element: Element;
  end: number;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const STARTING = new Set(['starting', 'beginning', 'start', 'begin']);

/**
 * "starting January 16, 2015", "starting on 11/1/2012": a start date. A month name is
 * translated; every digit stays as written. Digits with slashes are never reordered
 * (11/1 is the 11th of January in some countries, November 1st in others).
 */
export function readStartDate(tokens: Token[], at: number): Found | null {
  const word = tokens[at]?.norm ?? '';
  // "from Jan 15-20, 2015": "from" is read only before a range of days.
  if (!STARTING.has(word) && word !== 'from') return null;
  let next = at + 1;
  if (tokens[next]?.norm === 'on' || tokens[next]?.norm === 'from') next += 1;
  const date = readDate(tokens, next);
  if (!date || (word === 'from') !== ('to' in date.date)) return null;
  return { element: { t: 'start', date: date.date }, end: date.end };
}

function readDate(tokens: Token[], at: number): { date: WrittenDate; end: number } | null {
  const first = tokens[at];
  if (!first) return null;
  // 11/1/2012: the tokenizer reads "11/1", "/", "2012".
  if (first.kind === 'number' && /^\d{1,2}\/\d{1,2}$/.test(first.raw) && tokens[at + 1]?.raw === '/' && /^\d{2}(\d{2})?$/.test(tokens[at + 2]?.raw ?? '')) {
    return { date: { asWritten: `${first.raw}/${tokens[at + 2]!.raw}` }, end: at + 3 };
  }
  const month = MONTHS[first.norm];
  const day = tokens[at + 1];
  if (month === undefined || day?.kind !== 'number' || !/^\d{1,2}$/.test(day.raw) || Number(day.raw) < 1 || Number(day.raw) > 31) return null;
  let end = at + 2;
  // "Jan 15-20": a range of days in one month.
  let to: string | undefined;
  const last = tokens[end + 1];
  if ((tokens[end]?.raw === '-' || tokens[end]?.norm === 'to') && last?.kind === 'number' && /^\d{1,2}$/.test(last.raw) && Number(last.raw) > Number(day.raw) && Number(last.raw) <= 31) {
    to = last.raw;
    end += 2;
  }
  const comma = tokens[end]?.raw === ',' ? 1 : 0;
  const year = tokens[end + comma];
  const withTo = to === undefined ? {} : { to };
  if (year?.kind === 'number' && /^\d{4}$/.test(year.raw)) return { date: { month, day: day.raw, ...withTo, year: year.raw }, end: end + comma + 1 };
  return { date: { month, day: day.raw, ...withTo }, end };
}

/** The longest medicine name from the glossary that starts here ("K-Dur", "Lisinopril"). */
export function readMedicineName(tokens: Token[], at: number): Found | null {
  if (tokens[at]?.kind !== 'word') return null;
  const words: string[] = [];
  let best: Found | null = null;
  let index = at;
  while (index < tokens.length && words.length < LONGEST_MEDICINE_NAME) {
    const token = tokens[index]!;
    if (token.kind !== 'word') break;
    words.push(token.norm);
    index += 1;
    if (MEDICINE_NAMES.has(words.join(' '))) best = { element: { t: 'medicine', name: '' }, end: index };
    // "K-Dur": a hyphen between the words of a name.
    if (tokens[index]?.raw === '-' && tokens[index + 1]?.kind === 'word' && tokens[index + 1]!.start === token.start + token.raw.length + 1) index += 1;
  }
  return best;
}
