import { formatDate } from '../format';
import type { PrintDocument } from '../layout/print-document';
import { MARGIN } from '../layout/page-setup';
import type { Wording } from '../words';

/**
 * On every page, once the page count is known: whose record, "updated on", and "page X of Y",
 * so a loose page is never mistaken for another person's or an older list.
 */
export function stampFooters(doc: PrintDocument, wording: Wording, name: string, today: string): void {
  const count = doc.pages.length;
  const style = { size: doc.scale.small, ink: 'muted' as const };
  const date = formatDate(today, wording.language);
  doc.pages.forEach((_, index) => {
    // Draw on this page: the document draws on its last page, so pages are revisited through it.
    const right = `${wording.say((w) => w.page.updatedOn, { date })} · ${wording.say((w) => w.page.pageOf, { page: index + 1, pages: count })}`;
    const rightWidth = doc.measure(doc.clean(right, style), style);
    const top = MARGIN + doc.lineHeight(style.size);
    doc.onPage(index, () => {
      doc.rule(top + 3, doc.left, doc.right, 'rule', 0.5);
      const leftColumn = { left: doc.left, width: Math.max(0, doc.contentWidth - rightWidth - 12) };
      const nameLine = doc.layout([{ text: name, ...style }], leftColumn.width)[0];
      if (nameLine) doc.drawLine(nameLine, leftColumn, top);
      const rightLine = doc.layout([{ text: right, ...style }], doc.contentWidth)[0];
      if (rightLine) doc.drawLine(rightLine, { left: doc.right - rightWidth, width: rightWidth }, top);
    });
  });
}
