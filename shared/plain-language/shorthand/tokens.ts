/** One piece of a typed instruction, kept as written (raw) and in a form for matching (norm). */
export interface Token {
  raw: string;
  norm: string;
  kind: 'number' | 'word' | 'time' | 'mark';
  /** Where it is in the text, to give back pieces exactly as written. */
  start: number;
}

// A clock time, a number (1, 0.5, 1,000, 1/2), a word (Latin forms with dots: b.i.d., o.d.), or one mark.
const PIECE = /(\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)|(\d+(?:[.,]\d+)*(?:\/\d+)?)|([\p{L}µ]+(?:\.[\p{L}µ]+)*\.?)|(\S)/giu;

/** Splits an instruction into tokens; letters and digits that touch are split ("q6h" → q 6 h). */
export function tokenize(text: string, known: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(PIECE)) {
    const raw = match[0];
    const start = match.index;
    if (match[1]) tokens.push({ raw, norm: raw.toLowerCase().replace(/\s|\./g, ''), kind: 'time', start });
    else if (match[2]) tokens.push({ raw, norm: raw, kind: 'number', start });
    else if (match[3]) for (const piece of splitGlued(raw, known)) tokens.push({ ...piece, start: start + piece.start });
    else tokens.push({ raw, norm: raw, kind: 'mark', start });
  }
  return tokens;
}

const normWord = (raw: string): string => raw.toLowerCase().replace(/\./g, '');

/**
 * Words run together by some record systems ("dailyx", "prnas", "tidprnpain") are split into
 * known words; a word that cannot be split wholly into known words stays as written.
 */
function splitGlued(raw: string, known: ReadonlySet<string>): Token[] {
  const norm = normWord(raw);
  if (known.has(norm) || raw.includes('.') || norm.length > 40) return [{ raw, norm, kind: 'word', start: 0 }];
  const parts = segment(norm, known);
  if (!parts) return [{ raw, norm, kind: 'word', start: 0 }];
  let at = 0;
  return parts.map((part) => {
    const piece = raw.slice(at, at + part.length);
    at += part.length;
    return { raw: piece, norm: part, kind: 'word' as const, start: at - part.length };
  });
}

/**
 * Short pieces make false splits of real words ("Ativan" is not "at IV an"): only pieces of
 * three letters or more, and a few two-letter shorthands that records do glue on, are used.
 */
const GLUED_SHORT = new Set(['x', 'po', 'as', 'pc', 'ac', 'bd', 'hr', 'do']);
const gluable = (piece: string): boolean => piece.length >= 3 || GLUED_SHORT.has(piece);

function segment(word: string, known: ReadonlySet<string>): string[] | null {
  const best: (string[] | null)[] = Array.from({ length: word.length + 1 }, () => null);
  best[0] = [];
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const piece = word.slice(start, end);
      if (!before || !known.has(piece) || !gluable(piece)) continue;
      const candidate = [...before, piece];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  const found = best[word.length];
  return found && found.length > 1 ? found : null;
}
