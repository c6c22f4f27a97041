import type { Allergy } from '../../model/allergy';
import { PrintDocument, type Line } from '../layout/print-document';
import type { Wording } from '../words';
import { bilingualParas } from './headings';

const PAD = 8;
const BORDER = 2.5;

/** "severe", with "/ severe" in English when bilingual. */
function severityText(allergy: Allergy, wording: Wording): string {
  const { severity } = allergy;
  if (severity === 'unknown') return '';
  const first = wording.say((w) => w.allergies.severity[severity]);
  const english = wording.english((w) => w.allergies.severity[severity]);
  return english ? `${first} / ${english}` : first;
}

/** Most dangerous first: a life-threatening allergy must be the first thing read. */
const SEVERITY_ORDER = ['lifeThreatening', 'severe', 'moderate', 'mild', 'unknown'] as const;

/**
 * Allergies in a thick red-bordered box under the title: impossible to miss, even on a
 * black-and-white copy (the border is thick, the heading is in capitals). One line each:
 * what, the reaction, how bad. An empty list says "No allergies recorded" — never "no
 * allergies", which nobody has checked.
 */
export function drawAllergyBox(doc: PrintDocument, wording: Wording, allergies: readonly Allergy[]): void {
  const { scale } = doc;
  const innerLeft = doc.left + PAD + BORDER;
  const innerWidth = doc.contentWidth - 2 * (PAD + BORDER);
  const heading = doc.layout(
    bilingualParas(doc, wording, (w) => w.allergies.heading, { size: scale.heading, bold: true }).map((p) => ({ ...p, ink: 'alert' as const })),
    innerWidth,
  );
  const sorted = [...allergies].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const gutter = 8;
  const widths = [innerWidth * 0.3, innerWidth * 0.42, innerWidth * 0.28 - 2 * gutter];
  const columns = [
    { left: innerLeft, width: widths[0]! },
    { left: innerLeft + widths[0]! + gutter, width: widths[1]! },
    { left: innerLeft + widths[0]! + widths[1]! + 2 * gutter, width: widths[2]! },
  ];
  const rows: Line[][][] = sorted.map((allergy) => {
    const grave = allergy.severity === 'lifeThreatening' || allergy.severity === 'severe';
    return [
      doc.layout([{ text: allergy.substance, size: scale.body, bold: true }], columns[0]!.width),
      doc.layout([{ text: allergy.reaction, size: scale.body }], columns[1]!.width),
      doc.layout([{ text: severityText(allergy, wording), size: scale.body, bold: grave, ink: grave ? 'alert' : 'text' }], columns[2]!.width),
    ];
  });
  const none = rows.length === 0 ? doc.layout(bilingualParas(doc, wording, (w) => w.allergies.none, { size: scale.body, bold: true }), innerWidth) : [];
  const rowGap = 2;
  const rowHeights = rows.map((cells) => Math.max(...cells.map(PrintDocument.heightOf)) + rowGap);
  const height = PAD * 2 + BORDER * 2 + PrintDocument.heightOf(heading) + 2 + rowHeights.reduce((a, b) => a + b, 0) + PrintDocument.heightOf(none);

  doc.ensureRoom(Math.min(height, doc.top - doc.bottom));
  const top = doc.y;
  let y = top - BORDER - PAD;
  y = doc.drawLines(heading, { left: innerLeft, width: innerWidth }, y) - 2;
  y = doc.drawLines(none, { left: innerLeft, width: innerWidth }, y);
  rows.forEach((cells, index) => {
    cells.forEach((lines, i) => doc.drawLines(lines, columns[i]!, y));
    y -= rowHeights[index]!;
  });
  const bottom = y - PAD - BORDER;
  doc.box(doc.left + BORDER / 2, bottom + BORDER / 2, doc.contentWidth - BORDER, top - bottom - BORDER, { border: 'alert', thickness: BORDER });
  doc.y = bottom - 10;
}
