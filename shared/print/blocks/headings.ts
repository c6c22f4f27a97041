import { ageOn } from '../../model/dates';
import type { Person } from '../../model/person';
import { formatDate } from '../format';
import type { Para, PrintDocument } from '../layout/print-document';
import type { PrintWords, Wording } from '../words';

type Pick = (words: PrintWords) => string;

/** A label in the printout's language, with the English under it in smaller grey type when bilingual. */
export function bilingualParas(doc: PrintDocument, wording: Wording, pick: Pick, style: { size: number; bold?: boolean }, vars: Record<string, string | number> = {}): Para[] {
  const english = wording.english(pick, vars);
  const first: Para = { text: wording.say(pick, vars), size: style.size, bold: style.bold ?? false };
  return english ? [first, { text: english, size: Math.max(doc.scale.small, style.size * 0.72), ink: 'muted' }] : [first];
}

/**
 * The top of every printout: its title, whose record it is (name, birth date, age), and
 * the day it was made, so a clinician knows at a glance who and how current.
 */
export function drawTitleBlock(doc: PrintDocument, wording: Wording, title: Pick, person: Person, today: string): void {
  const { scale } = doc;
  const nameParas: Para[] = [{ text: person.fullName, size: scale.title, bold: true }];
  if (person.birthDate) {
    const born = wording.say((w) => w.person.born, { date: formatDate(person.birthDate, wording.language) });
    const age = wording.say((w) => w.person.age, { age: ageOn(person.birthDate, today) });
    nameParas.push({ text: `${born} (${age})`, size: scale.body });
  }
  const titleParas = bilingualParas(doc, wording, title, { size: scale.heading, bold: true });
  titleParas.push({ text: wording.say((w) => w.page.updatedOn, { date: formatDate(today, wording.language) }), size: scale.body });
  const english = wording.english((w) => w.page.updatedOn, { date: formatDate(today, 'en') });
  if (english) titleParas.push({ text: english, size: scale.small, ink: 'muted' });

  const split = doc.contentWidth * 0.64;
  const leftColumn = { left: doc.left, width: split - 12 };
  const rightColumn = { left: doc.left + split, width: doc.contentWidth - split };
  const leftLines = doc.layout(nameParas, leftColumn.width);
  const rightLines = doc.layout(titleParas, rightColumn.width);
  const top = doc.y;
  const under = Math.min(doc.drawLines(leftLines, leftColumn, top), doc.drawLines(rightLines, rightColumn, top, 'right'));
  doc.y = under - 4;
  doc.rule(doc.y, doc.left, doc.right, 'text', 2);
  doc.gap(8);
}

/** A section heading, kept with at least `keepWith` points of what follows it. */
export function drawSectionHeading(doc: PrintDocument, wording: Wording, pick: Pick, keepWith = 40, vars: Record<string, string | number> = {}): void {
  const paras = bilingualParas(doc, wording, pick, { size: doc.scale.heading, bold: true }, vars);
  const lines = doc.layout(paras, doc.contentWidth);
  doc.ensureRoom(lines.reduce((h, l) => h + l.height, 0) + keepWith);
  doc.gap(4);
  doc.y = doc.drawLines(lines, doc.fullColumn, doc.y);
  doc.gap(3);
}

/** A line of plain text across the page (an empty section says so, rather than vanishing). */
export function drawNote(doc: PrintDocument, wording: Wording, pick: Pick): void {
  doc.flow(bilingualParas(doc, wording, pick, { size: doc.scale.body }));
  doc.gap(4);
}
