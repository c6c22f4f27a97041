import type { Amount, Element, ShorthandFlag } from './elements';
import { ENTRIES, KNOWN_WORDS, type Entry } from './lexicon';
import { tokenize, type Token } from './tokens';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30,
};

/** Marks that only separate words. */
const SEPARATORS = new Set([',', '.', ';', ':', '(', ')', '-', '/', '"', "'", '[', ']', '*', '=']);

export interface Piece {
  element: Element | null;
  /** The tokens it came from, as written. */
  raw: string;
  /** Where it is in the text. */
  start: number;
  end: number;
}

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
    if (best) {
      const last = tokens[best.end - 1]!;
      const raw = text.slice(token.start, last.start + last.raw.length);
      pieces.push({ element: best.entry.build(best.amounts), raw, start: token.start, end: token.start + raw.length });
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
      flags.push({ kind: 'unknown', text: token.raw, note: 'Not understood; kept as written.' });
      at += 1;
    }
  }
  markStrengths(pieces, flags);
  return { pieces, flags };
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
  end: number;
  amounts: Amount[];
  amountTokens: string[];
}

/**
 * The entries that can match at a token, in lexicon order: those whose first slot names the
 * token's word, plus those that start with a number. Any other entry fails at its first slot,
 * so skipping it changes nothing but the time (the lexicon has thousands of entries).
 */
const NUMBER_FIRST = ENTRIES.filter((entry) => entry.slots[0]?.length === 1 && entry.slots[0][0] === '#');
const BY_FIRST_WORD = new Map<string, Entry[]>();
for (const entry of ENTRIES) {
  const first = entry.slots[0] ?? [];
  if (first.length === 1 && first[0] === '#') {
    for (const list of BY_FIRST_WORD.values()) list.push(entry);
    continue;
  }
  for (const word of first) {
    if (!BY_FIRST_WORD.has(word)) BY_FIRST_WORD.set(word, ENTRIES.slice(0, ENTRIES.indexOf(entry)).filter((earlier) => NUMBER_FIRST.includes(earlier)));
    const list = BY_FIRST_WORD.get(word)!;
    if (list[list.length - 1] !== entry) list.push(entry);
  }
}

function longestMatch(tokens: Token[], start: number): Match | null {
  let best: Match | null = null;
  const token = tokens[start];
  const candidates = token && token.kind !== 'number' ? (BY_FIRST_WORD.get(token.norm) ?? NUMBER_FIRST) : NUMBER_FIRST;
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
    at += 1;
  }
  return { entry, end: at, amounts, amountTokens };
}

interface ReadNumber {
  value: number;
  text: string;
  typed: string[];
}

function readNumber(token: Token | undefined): ReadNumber | null {
  if (!token) return null;
  if (token.kind === 'number') {
    const value = numberValue(token.raw);
    return value === null ? null : { value, text: token.raw, typed: [token.raw] };
  }
  const word = NUMBER_WORDS[token.norm];
  return word === undefined ? null : { value: word, text: String(word), typed: [] };
}

function numberValue(raw: string): number | null {
  const slash = /^(\d+)\/(\d+)$/.exec(raw);
  if (slash) return Number(slash[2]) === 0 ? null : Number(slash[1]) / Number(slash[2]);
  const value = Number(/^\d{1,3}(,\d{3})+$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** A number, a number said twice ("2 (two)", "4 four"), or a range ("1-2", "1 to 2", "one or two"). */
function readAmount(tokens: Token[], start: number): { amount: Amount; end: number; typed: string[] } | null {
  const low = readNumber(tokens[start]);
  if (!low) return null;
  let end = skipRepeat(tokens, start + 1, low.value);
  // "one and a half" → 1 1/2.
  if (tokens[end]?.norm === 'and' && tokens[end + 1]?.norm === 'a' && tokens[end + 2]?.norm === 'half' && Number.isInteger(low.value)) {
    low.value += 0.5;
    low.text = `${low.text} 1/2`;
    end += 3;
  }
  const joiner = tokens[end]?.norm;
  if (joiner === '-' || joiner === 'to' || joiner === 'or' || joiner === '–') {
    const high = readNumber(tokens[end + 1]);
    if (high && high.value > low.value) {
      end = skipRepeat(tokens, end + 2, high.value);
      const typed = [...low.typed, ...high.typed];
      return { amount: { text: `${low.text}-${high.text}`, low: low.value, high: high.value, typed: typed.length > 0 }, end, typed };
    }
  }
  return { amount: { text: low.text, low: low.value, high: low.value, typed: low.typed.length > 0 }, end, typed: low.typed };
}

function skipRepeat(tokens: Token[], at: number, value: number): number {
  const same = (token: Token | undefined): boolean => token?.kind === 'word' && NUMBER_WORDS[token.norm] === value;
  if (same(tokens[at])) return at + 1;
  if (tokens[at]?.raw === '(' && same(tokens[at + 1]) && tokens[at + 2]?.raw === ')') return at + 3;
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
