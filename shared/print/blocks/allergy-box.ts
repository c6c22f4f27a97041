import type { Allergy } from '../../model/allergy';
import { PrintDocument, type Line, type Para } from '../layout/print-document';
import type { Wording } from '../words';
import { bilingualParas } from './headings';

const PAD = 8;
const BORDER = 2.5;

/** "severe" — with "/ severe" in English when bilingual. */
function qualifiers(allergy: Allergy, wording: Wording): string {
  const parts = [
    [wording.say((w) => w.allergies.severity[allergy.severity]), wording.english((w) => w.allergies.severity[allergy.severity])],
  ]
    .filter(([first]) => first)
    .map(([first, english]) => (english ? `${first} / ${english}` : first));
  return parts.join(', ');
}

/** Most dangerous first: a life-threatening allergy must be the first thing read. */
const SEVERITY_ORDER = ['lifeThreatening', 'severe', 'moderate', 'mild', 'unknown'] as const;

/**
 * Allergies in a thick red-bordered box under the title: impossible to miss, even on a
 * black-and-white copy (the border is thick, the heading is in capitals). An empty list says
 * "No allergies recorded" — never "no allergies", which nobody has checked.
 */
export function drawAllergyBox(doc: PrintDocument, wording: Wording, allergies: readonly Allergy[], options: { compact?: boolean } = {}): void {
  const { scale } = doc;
  const innerLeft = doc.left + PAD + BORDER;
  const innerWidth = doc.contentWidth - 2 * (PAD + BORDER);
  const heading = doc.layout(
    bilingualParas(doc, wording, (w) => w.allergies.heading, { size: scale.heading, bold: true }).map((p) => ({ ...p, ink: 'alert' as const })),
    innerWidth,
  );
  const sorted = [...allergies].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const nameWidth = innerWidth * 0.36;
  const detailColumn = { left: innerLeft + nameWidth + 8, width: innerWidth - nameWidth - 8 };
  const rows: { name: Line[]; detail: Line[] }[] = sorted.map((allergy) => {
    const detail: Para[] = [];
    const q = qualifiers(allergy, wording);
    if (allergy.reaction.trim()) detail.push({ text: allergy.reaction.trim(), size: scale.body });
    if (q) detail.push({ text: q, size: scale.body, bold: allergy.severity === 'lifeThreatening' || allergy.severity === 'severe' });
    return { name: doc.layout([{ text: allergy.substance, size: scale.body + (options.compact ? 0 : 1), bold: true }], nameWidth), detail: doc.layout(detail, detailColumn.width) };
  });
  const none = rows.length === 0 ? doc.layout(bilingualParas(doc, wording, (w) => w.allergies.none, { size: scale.body, bold: true }), innerWidth) : [];
  const rowGap = 3;
  const rowHeights = rows.map((row) => Math.max(PrintDocument.heightOf(row.name), PrintDocument.heightOf(row.detail)) + rowGap);
  const height = PAD * 2 + BORDER * 2 + PrintDocument.heightOf(heading) + 2 + rowHeights.reduce((a, b) => a + b, 0) + PrintDocument.heightOf(none);

  doc.ensureRoom(Math.min(height, doc.top - doc.bottom));
  const top = doc.y;
  let y = top - BORDER - PAD;
  y = doc.drawLines(heading, { left: innerLeft, width: innerWidth }, y) - 2;
  y = doc.drawLines(none, { left: innerLeft, width: innerWidth }, y);
  rows.forEach((row, index) => {
    doc.drawLines(row.name, { left: innerLeft, width: nameWidth }, y);
    doc.drawLines(row.detail, detailColumn, y);
    y -= rowHeights[index]!;
  });
  const bottom = y - PAD - BORDER;
  doc.box(doc.left + BORDER / 2, bottom + BORDER / 2, doc.contentWidth - BORDER, top - bottom - BORDER, { border: 'alert', thickness: BORDER });
  doc.y = bottom - 10;
}
