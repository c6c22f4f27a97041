import type { Amount, Piece, ShorthandFlag } from './elements';
import { ENTRIES, KNOWN_WORDS, type Entry } from './lexicon';
import { readFreeReasons } from './free-reason';
import { readMedicineName, readStartDate } from './names-and-dates';
import { tokenize, type Token } from './tokens';

const ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NUMBER_WORDS: Record<string, number> = {
  ...ONES, ...TENS, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Marks that only separate words. */
const SEPARATORS = new Set([',', '.', ';', ':', '(', ')', '-', '/', '"', "'", '[', ']', '*', '=']);

export interface Reading {
  pieces: Piece[];
  flags: ShorthandFlag[];
}

/** Reads an instruction into pieces: each known pattern becomes an element; anything else stays as written. */
export function readShorthand(text: string): Reading {
  const tokens = tokenize(text, KNOWN_WORDS);
  const pieces: Piece[] = [];
  const flags: ShorthandFlag[] = [];
  let at = 0;
  while (at < tokens.length) {
    const best = longestMatch(tokens, at);
    const token = tokens[at]!;
    // A medicine's name is read only where records put it: at the very start ("Lisinopril - 20mg …").
    const special = best ? null : (readStartDate(tokens, at) ?? (at === 0 ? readMedicineName(tokens, at) : null));
    if (special) {
      const last = tokens[special.end - 1]!;
      const raw = text.slice(token.start, last.start + last.raw.length);
      pieces.push({ element: special.element.t === 'medicine' ? { t: 'medicine', name: raw } : special.element, raw, start: token.start, end: token.start + raw.length });
      at = special.end;
    } else if (best) {
      const last = tokens[best.end - 1]!;
      const raw = text.slice(token.start, last.start + last.raw.length);
      pieces.push({ element: best.entry.build(best.amounts, best.words), raw, start: token.start, end: token.start + raw.length });
      if (best.entry.note) flags.push({ kind: 'errorProne', text: raw, note: best.entry.note });
      for (const amount of best.amountTokens) {
        if (/\.\d*0$/.test(amount)) flags.push({ kind: 'errorProne', text: amount, note: 'ISMP: a trailing zero ("1.0") can be misread as ten times the dose.' });
        if (/^\d{1,3}(,\d{3})+$/.test(amount) === false && amount.includes(',')) flags.push({ kind: 'errorProne', text: amount, note: 'A comma inside a number can be read two ways.' });
      }
      at = best.end;
    } else if (token.kind === 'mark' && SEPARATORS.has(token.raw)) {
      pieces.push({ element: { t: 'filler' }, raw: token.raw, ...span(token) });
      at += 1;
    } else if (token.kind === 'time') {
      const time = clockTime(token.norm);
      pieces.push({ element: time ? { t: 'timing', timing: { kind: 'setTime', time } } : null, raw: token.raw, ...span(token) });
      at += 1;
    } else {
      pieces.push({ element: null, raw: token.raw, ...span(token) });
      at += 1;
    }
  }
  const read = readFreeReasons(pieces, text);
  for (const piece of read) if (piece.element === null) flags.push({ kind: 'unknown', text: piece.raw, note: 'Not understood; kept as written.' });
  markStrengths(read, flags);
  return { pieces: read, flags };
}

/**
 * "2.5mg/3ml" is a strength (so much in so much), not two doses: it stays as written.
 */
function markStrengths(pieces: Piece[], flags: ShorthandFlag[]): void {
  for (let at = 0; at + 2 < pieces.length; at++) {
    const [first, slash, second] = [pieces[at]!, pieces[at + 1]!, pieces[at + 2]!];
    const isAmount = (piece: Piece): boolean => piece.element?.t === 'dose' || piece.element?.t === 'unit';
    if (first.element?.t === 'dose' && slash.raw === '/' && isAmount(second)) {
      for (const piece of [first, slash, second]) piece.element = null;
      flags.push({ kind: 'unknown', text: `${first.raw}/${second.raw}`, note: 'A strength (so much in so much) is not a dose; kept as written.' });
      at += 2;
    }
  }
}

const span = (token: Token): { start: number; end: number } => ({ start: token.start, end: token.start + token.raw.length });

interface Match {
  entry: Entry;
  /** The words matched, without the numbers, in order. */
  words: string[];
  end: number;
  amounts: Amount[];
  amountTokens: string[];
}

/**
 * The entries that can start at a word, in lexicon order (earlier entries win ties): those
 * whose first word it is, and those that start with a number (a number can be a word: "two").
 */
const BY_FIRST_WORD = new Map<string, Entry[]>();
{
  const numberFirst = ENTRIES.filter((entry) => entry.slots[0]?.[0] === '#');
  for (const entry of ENTRIES) {
    for (const word of entry.slots[0] ?? []) {
      if (word !== '#' && !BY_FIRST_WORD.has(word)) BY_FIRST_WORD.set(word, []);
      if (word !== '#') BY_FIRST_WORD.get(word)!.push(entry);
    }
  }
  const order = new Map(ENTRIES.map((entry, index) => [entry, index]));
  for (const [word, list] of BY_FIRST_WORD) BY_FIRST_WORD.set(word, [...list, ...numberFirst].sort((a, b) => order.get(a)! - order.get(b)!));
  BY_FIRST_WORD.set('#', numberFirst);
}

function longestMatch(tokens: Token[], start: number): Match | null {
  let best: Match | null = null;
  const token = tokens[start];
  const candidates = (token && token.kind !== 'number' ? BY_FIRST_WORD.get(token.norm) : undefined) ?? BY_FIRST_WORD.get('#') ?? [];
  for (const entry of candidates) {
    const match = matchEntry(entry, tokens, start);
    if (match && (!best || match.end > best.end)) best = match;
  }
  return best;
}

function matchEntry(entry: Entry, tokens: Token[], start: number): Match | null {
  let at = start;
  const amounts: Amount[] = [];
  const amountTokens: string[] = [];
  const words: string[] = [];
  for (const slot of entry.slots) {
    if (slot.length === 1 && slot[0] === '#') {
      const number = readAmount(tokens, at);
      if (!number) return null;
      amounts.push(number.amount);
      amountTokens.push(...number.typed);
      at = number.end;
      continue;
    }
    const token = tokens[at];
    if (!token || token.kind === 'number' || !slot.includes(token.norm)) return null;
    words.push(token.norm);
    at += 1;
  }
  return { entry, words, end: at, amounts, amountTokens };
}

export interface ReadNumber {
  value: number;
  text: string;
  typed: string[];
  end: number;
}

/** A number at a place: digits, or words ("six", "twenty eight", "twenty-eight"). */
export function readNumber(tokens: Token[], at: number): ReadNumber | null {
  const token = tokens[at];
  if (!token) return null;
  if (token.kind === 'number') {
    const value = numberValue(token.raw);
    return value === null ? null : { value, text: token.raw, typed: [token.raw], end: at + 1 };
  }
  const word = NUMBER_WORDS[token.norm];
  if (word === undefined) return null;
  if (TENS[token.norm] !== undefined) {
    const hyphen = tokens[at + 1]?.raw === '-' ? 1 : 0;
    const ones = ONES[tokens[at + 1 + hyphen]?.norm ?? ''];
    if (ones !== undefined) return { value: word + ones, text: String(word + ones), typed: [], end: at + 2 + hyphen };
  }
  return { value: word, text: String(word), typed: [], end: at + 1 };
}

function numberValue(raw: string): number | null {
  const slash = /^(\d+)\/(\d+)$/.exec(raw);
  if (slash) return Number(slash[2]) === 0 ? null : Number(slash[1]) / Number(slash[2]);
  const value = Number(/^\d{1,3}(,\d{3})+$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** A number, a number said twice ("2 (two)", "4 four"), or a range ("1-2", "1 to 2", "one or two"). */
function readAmount(tokens: Token[], start: number): { amount: Amount; end: number; typed: string[] } | null {
  const low = readNumber(tokens, start);
  if (!low) return null;
  let end = skipRepeat(tokens, low.end, low.value);
  // "one and a half" → 1 1/2.
  if (tokens[end]?.norm === 'and' && tokens[end + 1]?.norm === 'a' && tokens[end + 2]?.norm === 'half' && Number.isInteger(low.value)) {
    low.value += 0.5;
    low.text = `${low.text} 1/2`;
    end += 3;
  }
  const joiner = tokens[end]?.norm;
  if (joiner === '-' || joiner === 'to' || joiner === 'or' || joiner === '–') {
    const high = readNumber(tokens, end + 1);
    if (high && high.value > low.value) {
      end = skipRepeat(tokens, high.end, high.value);
      const typed = [...low.typed, ...high.typed];
      return { amount: { text: `${low.text}-${high.text}`, low: low.value, high: high.value, typed: typed.length > 0 }, end, typed };
    }
  }
  return { amount: { text: low.text, low: low.value, high: low.value, typed: low.typed.length > 0 }, end, typed: low.typed };
}

/** "2 (two)", "28 twenty eight": the same number said again in words is read once. */
function skipRepeat(tokens: Token[], at: number, value: number): number {
  const same = (from: number): number | null => {
    if (tokens[from]?.kind !== 'word') return null;
    const word = readNumber(tokens, from);
    return word && word.value === value ? word.end : null;
  };
  const bare = same(at);
  if (bare !== null) return bare;
  if (tokens[at]?.raw === '(') {
    const inside = same(at + 1);
    if (inside !== null && tokens[inside]?.raw === ')') return inside + 1;
  }
  return at;
}

function clockTime(norm: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(am|pm)?$/.exec(norm);
  if (!match) return null;
  let hour = Number(match[1]);
  if (match[3]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (match[3] === 'pm' ? 12 : 0);
  }
  if (hour > 23 || Number(match[2]) > 59) return null;
  return `${String(hour).padStart(2, '0')}:${match[2]}`;
}
