import { PrintDocument, type Para } from '../layout/print-document';
import type { PrintWords, Wording } from '../words';
import type { KeyContacts } from './contacts';

interface Cell {
  label: (w: PrintWords) => string;
  people: { name: string; detail: string }[];
}

/**
 * Emergency contact, pharmacy and primary care side by side under the allergies: the three
 * numbers a clinician or pharmacist reaches for. One not recorded says so.
 */
export function drawContactStrip(doc: PrintDocument, wording: Wording, contacts: KeyContacts): void {
  const { scale } = doc;
  const cells: Cell[] = [
    { label: (w) => w.contacts.emergency, people: contacts.emergency.map((m) => ({ name: m.name, detail: m.phone })) },
    { label: (w) => w.contacts.pharmacy, people: contacts.pharmacy ? [{ name: contacts.pharmacy.name, detail: contacts.pharmacy.phone }] : [] },
    { label: (w) => w.contacts.primaryCare, people: contacts.primaryCare ? [{ name: contacts.primaryCare.name, detail: contacts.primaryCare.phone }] : [] },
  ];
  const gutter = 12;
  const width = (doc.contentWidth - 2 * gutter) / 3;
  const laid = cells.map((cell, index) => {
    const column = { left: doc.left + index * (width + gutter), width };
    const label = wording.say(cell.label);
    const english = wording.english(cell.label);
    const paras: Para[] = [{ text: english ? `${label} / ${english}` : label, size: scale.small, bold: true, ink: 'muted' }];
    if (cell.people.length === 0) paras.push({ text: wording.say((w) => w.contacts.notGiven), size: scale.body, ink: 'muted' });
    for (const person of cell.people) {
      paras.push({ text: person.name, size: scale.body, bold: true, spaceBefore: 2 });
      if (person.detail) paras.push({ text: person.detail, size: scale.body });
    }
    return { column, lines: doc.layout(paras, width) };
  });
  const height = Math.max(...laid.map((cell) => PrintDocument.heightOf(cell.lines)));
  doc.ensureRoom(height);
  for (const cell of laid) doc.drawLines(cell.lines, cell.column, doc.y);
  doc.y -= height + 6;
  doc.rule(doc.y);
  doc.gap(6);
}
