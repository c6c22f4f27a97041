import type { Piece } from './elements';

/**
 * "as needed for right elbow pain", "for blood pressure or heart": after "for", a short run of
 * plain words is the reason, even with words the translator has no entry for. It is shown
 * quoted, exactly as written, never reworded. Anything that looks like shorthand, a clause
 * ("for no more than …", "for restlessness do not …") or a number stops it, and then the
 * words stay flagged as before.
 */
const MAX_WORDS = 6;

/** Little words allowed inside a reason ("pain in the left knee"). */
const INSIDE = new Set(['the', 'of', 'and', 'or', 'a', 'in', 'on', 'to', 'with', 'my', 'your', 'her', 'his', 'their']);

/** Words that start a clause or a count, not a reason. */
const CLAUSE = new Set(
  ('no not more less than until while if unless when after before during only do does dont don can may should must will would is are be been was ' +
    'taking take taken use used using repeat stop start starting every each day days week weeks hour hours minute minutes month months time times ' +
    'dose doses need needed total please call tell see refill refills dispense qty quantity tab tabs home school work patient per ' +
    // How long, not why: "for the rest of your life", "for long term use".
    'rest life ever long term now today tonight tomorrow year years while then next first last').split(' '),
);

/** Letters only, long enough to be a word, with a vowel, and not an upper-case abbreviation ("WBC"). */
function isPlainWord(raw: string): boolean {
  if (!/^\p{L}{3,}$/u.test(raw) || !/[aeiouy]/i.test(raw)) return false;
  if (raw === raw.toUpperCase() && raw.length <= 4) return false;
  const lower = raw.toLowerCase();
  return !CLAUSE.has(lower) && !lower.includes('instr');
}

/** What may come right after a reason: the end, a mark that ends a clause, or another part of the instruction. */
const AFTER = new Set(['max', 'prn', 'food', 'timing', 'verb', 'then', 'note', 'asDirected', 'route', 'until', 'for']);
const ENDING_MARKS = new Set([',', '.', ';', '(', ')']);
const endsRun = (piece: Piece | undefined): boolean =>
  !piece || (piece.element?.t === 'filler' && ENDING_MARKS.has(piece.raw)) || (piece.element !== null && AFTER.has(piece.element.t));

export function readFreeReasons(pieces: Piece[], text: string): Piece[] {
  const out: Piece[] = [];
  for (let at = 0; at < pieces.length; at++) {
    const piece = pieces[at]!;
    out.push(piece);
    if (piece.element?.t !== 'for') continue;
    let end = at + 1;
    let unknown = 0;
    let words = 0;
    while (end < pieces.length) {
      const next = pieces[end]!;
      const element = next.element;
      if (element === null && isPlainWord(next.raw)) unknown += 1;
      else if (element?.t === 'reason' || (element?.t === 'filler' && INSIDE.has(next.raw.toLowerCase()))) {
        // Known words of a reason, or a little word inside it.
      } else break;
      words += next.raw.split(/\s+/).length;
      end += 1;
    }
    // A reason does not end on a little word ("for pain and").
    while (end > at + 1 && pieces[end - 1]!.element?.t === 'filler') end -= 1;
    if (unknown === 0 || words > MAX_WORDS || !endsRun(pieces[end])) continue;
    const first = pieces[at + 1]!;
    const last = pieces[end - 1]!;
    const raw = text.slice(first.start, last.end);
    out.push({ element: { t: 'reason', reason: `text:${raw}` }, raw, start: first.start, end: last.end });
    at = end - 1;
  }
  return out;
}
