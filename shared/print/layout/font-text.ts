/** Characters the latin font lacks, written the way people would write them by hand. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '←': '<-',
  '×': 'x',
  '\u2009': ' ',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\t': ' ',
  'Ł': 'L',
  'ł': 'l',
  'Đ': 'D',
  'đ': 'd',
  '‐': '-',
  '‑': '-',
  '−': '-',
};

/**
 * Text the embedded font can draw: every character it has stays; one it lacks becomes a
 * usual equivalent, its letter without the accent, or "?" — never an invisible gap and never
 * an exception that stops the printout.
 */
export function drawableText(text: string, known: ReadonlySet<number>): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n') out += char;
    else if (REPLACEMENTS[char] !== undefined) out += REPLACEMENTS[char];
    else if (code < 0x20) continue;
    else if (known.has(code)) out += char;
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every((c) => known.has(c.codePointAt(0) ?? 0)) ? base : '?';
    }
  }
  return out;
}

/**
 * Splits text into lines no wider than `width`. Breaks at spaces; a single word wider than
 * the column (a long URL, a run-on drug name) is cut between letters, so nothing is clipped.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/ +/).filter((w) => w !== '');
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      let rest = word;
      while (measure(rest) > width) {
        // Prefer the last hyphen that fits ("Life-|threatening"), else cut between letters.
        const hyphen = rest.lastIndexOf('-', rest.length - 2);
        if (hyphen > 0 && measure(rest.slice(0, hyphen + 1)) <= width) {
          lines.push(rest.slice(0, hyphen + 1));
          rest = rest.slice(hyphen + 1);
          continue;
        }
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    if (line !== '' || words.length === 0) lines.push(line);
  }
  // A paragraph that was only spaces gives one empty line; drop trailing empties.
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
