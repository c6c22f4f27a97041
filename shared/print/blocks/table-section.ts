import type { Para, PrintDocument } from '../layout/print-document';
import { drawTable, tableLeadHeight, type TableColumn, type TableOptions } from '../layout/table';
import type { PrintWords, Wording } from '../words';
import { bilingualParas, drawSectionHeading } from './headings';

type Pick = (w: PrintWords) => string;

/** A column header: the printout's language, English under it when bilingual. */
export function tableHeader(doc: PrintDocument, wording: Wording, pick: Pick): Para[] {
  return bilingualParas(doc, wording, pick, { size: doc.scale.small, bold: true });
}

/**
 * A section: its heading kept with the table's header and first row (never a heading alone
 * at the foot of a page), and named again, "(continued)", on each page it runs onto.
 */
export function drawTableSection(doc: PrintDocument, wording: Wording, title: Pick, columns: TableColumn[], rows: Para[][][], options: TableOptions = {}): void {
  drawSectionHeading(doc, wording, title, tableLeadHeight(doc, columns, rows, options));
  const previous = doc.onNewPage;
  doc.onNewPage = () => {
    previous?.();
    const text = wording.say((w) => w.page.continued, { title: wording.say(title) });
    doc.flow([{ text, size: doc.scale.small, bold: true, ink: 'muted' }]);
    doc.gap(2);
  };
  drawTable(doc, columns, rows, options);
  doc.onNewPage = previous;
  doc.gap(8);
}
