import { PrintDocument, type Column, type Line, type Para } from './print-document';

export interface TableColumn {
  /** What the header cell says (one or two paragraphs: the language, then English). */
  header: Para[];
  /** Share of the table's width. */
  share: number;
}

export interface TableOptions {
  /** Grey every other row, so the eye follows a row across. */
  zebra?: boolean;
  /** Rows at least this tall (blank rows for writing in). */
  minRowHeight?: number;
  /** Draws something besides text in a cell (a tick box), given the cell's box on the page. */
  decorate?: (row: number, column: number, cell: { left: number; top: number; width: number; height: number }) => void;
}

const PAD_X = 5;
const PAD_Y = 3.5;

function columnsOf(doc: PrintDocument, columns: readonly TableColumn[]): Column[] {
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  let left = doc.left;
  return columns.map((c) => {
    const width = (doc.contentWidth * c.share) / total;
    const column = { left, width };
    left += width;
    return column;
  });
}

const inner = (column: Column): Column => ({ left: column.left + PAD_X, width: column.width - 2 * PAD_X });

/** The height of the header and first row: what a section heading must be kept with. */
export function tableLeadHeight(doc: PrintDocument, columns: readonly TableColumn[], rows: readonly Para[][][], options: TableOptions = {}): number {
  const cols = columnsOf(doc, columns);
  const header = Math.max(...columns.map((c, i) => PrintDocument.heightOf(doc.layout(c.header, inner(cols[i]!).width)))) + 2 * PAD_Y;
  const first = rows[0];
  return header + (first ? rowHeight(cols.map((col, i) => doc.layout(first[i] ?? [], inner(col).width)), options) : 0);
}

/**
 * A table that flows over pages: a row that does not fit moves to the next page whole, and
 * the header is drawn again there. A row taller than a whole page is split line by line
 * rather than clipped.
 */
export function drawTable(doc: PrintDocument, columns: readonly TableColumn[], rows: readonly Para[][][], options: TableOptions = {}): void {
  const cols = columnsOf(doc, columns);
  const headerLines = columns.map((c, i) => doc.layout(c.header, inner(cols[i]!).width));
  const headerHeight = Math.max(...headerLines.map(PrintDocument.heightOf)) + 2 * PAD_Y;

  const drawHeader = (): void => {
    doc.box(doc.left, doc.y - headerHeight, doc.contentWidth, headerHeight, { fill: 'shade' });
    headerLines.forEach((lines, i) => doc.drawLines(lines, inner(cols[i]!), doc.y - PAD_Y));
    doc.y -= headerHeight;
    doc.rule(doc.y, doc.left, doc.right, 'text', 1);
  };

  const laidRows = rows.map((cells) => cols.map((col, i) => doc.layout(cells[i] ?? [], inner(col).width)));
  const firstRowHeight = laidRows[0] ? rowHeight(laidRows[0], options) : 0;
  doc.ensureRoom(headerHeight + firstRowHeight);
  drawHeader();
  const previous = doc.onNewPage;
  doc.onNewPage = () => {
    previous?.();
    drawHeader();
  };

  laidRows.forEach((cells, index) => {
    const height = rowHeight(cells, options);
    const fullPage = doc.top - doc.bottom - headerHeight;
    // A row that fits on a page is kept whole; a giant one starts where at least a few lines fit.
    doc.ensureRoom(height <= fullPage ? height : 3 * Math.max(...cells.map((lines) => lines[0]?.height ?? 0)) + 2 * PAD_Y);
    let remaining = cells.map((lines) => [...lines]);
    let first = true;
    while (first || remaining.some((lines) => lines.length > 0)) {
      if (!first) doc.newPage();
      const available = doc.room() - 2 * PAD_Y;
      const chunk = remaining.map((lines) => takeLines(lines, available));
      remaining = remaining.map((lines, i) => lines.slice(chunk[i]!.length));
      const done = remaining.every((lines) => lines.length === 0);
      const chunkHeight = Math.max(...chunk.map(PrintDocument.heightOf), done ? (options.minRowHeight ?? 0) - 2 * PAD_Y : 0) + 2 * PAD_Y;
      if (options.zebra && index % 2 === 1) doc.box(doc.left, doc.y - chunkHeight, doc.contentWidth, chunkHeight, { fill: 'shade' });
      chunk.forEach((lines, i) => doc.drawLines(lines, inner(cols[i]!), doc.y - PAD_Y));
      cols.forEach((col, i) => options.decorate?.(index, i, { left: col.left, top: doc.y, width: col.width, height: chunkHeight }));
      doc.y -= chunkHeight;
      doc.rule(doc.y);
      first = false;
    }
  });
  doc.onNewPage = previous;
}

function rowHeight(cells: readonly Line[][], options: TableOptions): number {
  return Math.max(options.minRowHeight ?? 0, Math.max(...cells.map(PrintDocument.heightOf)) + 2 * PAD_Y);
}

/** As many lines as fit in `height` (at least one, so a row always moves forward). */
function takeLines(lines: readonly Line[], height: number): Line[] {
  const taken: Line[] = [];
  let used = 0;
  for (const line of lines) {
    used += line.height + line.spaceBefore;
    if (used > height && taken.length > 0) break;
    taken.push(line);
  }
  return taken;
}
