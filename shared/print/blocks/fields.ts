import { PrintDocument, type Para } from '../layout/print-document';
import type { PrintWords, Wording } from '../words';

type Pick = (w: PrintWords) => string;

/**
 * "When: Tuesday, December 8 …" as a label column and a value column, for the facts of a
 * visit or an emergency sheet. Empty values are left out, not printed as blanks.
 */
export function drawFields(doc: PrintDocument, wording: Wording, fields: readonly { label: Pick; value: string }[], labelShare = 0.26): void {
  const labelColumn = { left: doc.left, width: doc.contentWidth * labelShare - 8 };
  const valueColumn = { left: doc.left + doc.contentWidth * labelShare, width: doc.contentWidth * (1 - labelShare) };
  for (const field of fields) {
    if (field.value.trim() === '') continue;
    const label = wording.say(field.label);
    const english = wording.english(field.label);
    const labelParas: Para[] = [{ text: label, size: doc.scale.body, bold: true }];
    if (english) labelParas.push({ text: english, size: doc.scale.small, ink: 'muted' });
    const labelLines = doc.layout(labelParas, labelColumn.width);
    const valueLines = doc.layout([{ text: field.value, size: doc.scale.body }], valueColumn.width);
    const height = Math.max(PrintDocument.heightOf(labelLines), PrintDocument.heightOf(valueLines));
    if (height <= doc.top - doc.bottom) {
      doc.ensureRoom(height);
      doc.drawLines(labelLines, labelColumn, doc.y);
      doc.drawLines(valueLines, valueColumn, doc.y);
      doc.y -= height + 4;
    } else {
      doc.flow(labelParas, labelColumn);
      doc.flow([{ text: field.value, size: doc.scale.body }], valueColumn);
    }
  }
}

/** A bulleted list of short items, each wrapped under its own bullet. */
export function drawBullets(doc: PrintDocument, items: readonly Para[][]): void {
  const indent = doc.scale.body * 1.2;
  const textColumn = { left: doc.left + indent, width: doc.contentWidth - indent };
  for (const paras of items) {
    const lines = doc.layout(paras, textColumn.width);
    if (lines.length === 0) continue;
    const height = PrintDocument.heightOf(lines);
    doc.ensureRoom(Math.min(height, doc.top - doc.bottom));
    const bullet = doc.layout([{ text: '•', size: doc.scale.body, bold: true }], indent)[0];
    if (bullet) doc.drawLine(bullet, { left: doc.left, width: indent }, doc.y);
    if (height <= doc.room()) doc.y = doc.drawLines(lines, textColumn, doc.y) - 3;
    else doc.flow(paras, textColumn);
  }
}

/** Ruled lines to write on. */
export function drawWritingLines(doc: PrintDocument, count: number): void {
  const spacing = doc.scale.body * 2.2;
  for (let i = 0; i < count; i += 1) {
    doc.ensureRoom(spacing);
    doc.gap(spacing);
    doc.rule(doc.y);
  }
  doc.gap(6);
}
