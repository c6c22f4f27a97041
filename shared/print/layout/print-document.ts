import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { PaperSize, PrintFonts } from '../print-request';
import { drawableText, wrapText } from './font-text';
import { INK, MARGIN, PAPER, type Ink, type TypeScale } from './page-setup';
import { woffToSfnt } from './woff-to-sfnt';

export interface TextStyle {
  size: number;
  bold?: boolean;
  ink?: Ink;
}

/** One paragraph of a stack: text in a style, wrapped to the column. */
export interface Para extends TextStyle {
  text: string;
  /** Extra space above, in points. */
  spaceBefore?: number;
}

/** A horizontal band of the page that text must stay inside. */
export interface Column {
  left: number;
  width: number;
}

/** A wrapped line, ready to draw. */
export interface Line {
  text: string;
  style: TextStyle;
  height: number;
  spaceBefore: number;
}

/** Every string drawn, with where it is and the column it had to stay inside (for tests). */
export interface DrawnText {
  page: number;
  text: string;
  x: number;
  width: number;
  top: number;
  bottom: number;
  column: Column;
  size: number;
  bold: boolean;
}

/**
 * One printout being laid out: pages, a cursor moving down, wrapping, page breaks. Every
 * string goes through `drawLine`, which records its box, so tests can prove that nothing
 * runs outside its column or the page.
 */
export class PrintDocument {
  readonly pages: PDFPage[] = [];
  readonly drawn: DrawnText[] = [];
  /** The top of the next line, in PDF points from the bottom of the page. */
  y = 0;
  /** Called after each page break to repeat what the reader needs (a table's header). */
  onNewPage: (() => void) | null = null;
  readonly width: number;
  readonly height: number;
  readonly left = MARGIN;
  readonly right: number;
  readonly top: number;
  /** Content stops here; the footer lives below. */
  readonly bottom: number;
  private readonly known: { regular: Set<number>; bold: Set<number> };
  private current = 0;
  private readonly advances = { regular: new Map<string, number>(), bold: new Map<string, number>() };

  private constructor(
    readonly pdf: PDFDocument,
    private readonly regular: PDFFont,
    private readonly boldFont: PDFFont,
    readonly scale: TypeScale,
    paper: PaperSize,
  ) {
    this.width = PAPER[paper].width;
    this.height = PAPER[paper].height;
    this.right = this.width - MARGIN;
    this.top = this.height - MARGIN;
    this.bottom = MARGIN + this.lineHeight(scale.small) + 6;
    this.known = { regular: new Set(regular.getCharacterSet()), bold: new Set(boldFont.getCharacterSet()) };
  }

  static async create(fonts: PrintFonts, paper: PaperSize, scale: TypeScale): Promise<PrintDocument> {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    // Subset: only the letters used are embedded, so a one-page list stays small.
    const regular = await pdf.embedFont(woffToSfnt(fonts.regular), { subset: true });
    const bold = await pdf.embedFont(woffToSfnt(fonts.bold), { subset: true });
    const doc = new PrintDocument(pdf, regular, bold, scale, paper);
    doc.addPage();
    return doc;
  }

  get contentWidth(): number {
    return this.right - this.left;
  }

  get fullColumn(): Column {
    return { left: this.left, width: this.contentWidth };
  }

  /** The page being drawn on: the last one, except while `onPage` revisits an earlier one. */
  get page(): PDFPage {
    const page = this.pages[this.current];
    if (!page) throw new Error('no page');
    return page;
  }

  /** Draws on an earlier page (footers, once the page count is known). */
  onPage(index: number, draw: () => void): void {
    const was = this.current;
    this.current = index;
    try {
      draw();
    } finally {
      this.current = was;
    }
  }

  lineHeight(size: number): number {
    return size * this.scale.leading;
  }

  font(style: TextStyle): PDFFont {
    return style.bold ? this.boldFont : this.regular;
  }

  /** The text as it will be drawn (characters the font lacks replaced). */
  clean(text: string, style: TextStyle): string {
    return drawableText(text, style.bold ? this.known.bold : this.known.regular);
  }

  /**
   * Width of drawn text: the sum of each character's advance. pdf-lib draws glyphs with the
   * widths it embeds (no kerning), so this is what the page shows; caching per character
   * keeps wrapping linear instead of shaping every candidate line again.
   */
  measure(text: string, style: TextStyle): number {
    const font = this.font(style);
    const cache = style.bold ? this.advances.bold : this.advances.regular;
    let units = 0;
    for (const char of text) {
      let advance = cache.get(char);
      if (advance === undefined) {
        advance = font.widthOfTextAtSize(char, 1000);
        cache.set(char, advance);
      }
      units += advance;
    }
    return (units * style.size) / 1000;
  }

  /** Paragraphs wrapped to a width: the lines, each with its height. */
  layout(paras: readonly Para[], width: number): Line[] {
    const lines: Line[] = [];
    for (const para of paras) {
      if (para.text.trim() === '') continue;
      const style: TextStyle = { size: para.size, bold: para.bold ?? false, ink: para.ink ?? 'text' };
      const wrapped = wrapText(this.clean(para.text, style), width, (s) => this.measure(s, style));
      wrapped.forEach((text, index) => {
        lines.push({ text, style, height: this.lineHeight(para.size), spaceBefore: index === 0 && lines.length > 0 ? (para.spaceBefore ?? 0) : 0 });
      });
    }
    return lines;
  }

  static heightOf(lines: readonly Line[]): number {
    return lines.reduce((sum, line) => sum + line.height + line.spaceBefore, 0);
  }

  /** Draws one line with its top at `top`; records its box. */
  drawLine(line: Line, column: Column, top: number, align: 'left' | 'right' | 'center' = 'left'): void {
    const width = this.measure(line.text, line.style);
    const x = align === 'left' ? column.left : align === 'right' ? column.left + column.width - width : column.left + (column.width - width) / 2;
    // The baseline sits so the leading is shared above and below the letters.
    const baseline = top - (line.height - line.style.size) / 2 - line.style.size * 0.8;
    const [r, g, b] = INK[line.style.ink ?? 'text'];
    this.page.drawText(line.text, { x, y: baseline, size: line.style.size, font: this.font(line.style), color: rgb(r, g, b) });
    this.drawn.push({ page: this.current + 1, text: line.text, x, width, top, bottom: top - line.height, column, size: line.style.size, bold: line.style.bold ?? false });
  }

  /** Draws lines from `top` down; returns the y under the last one. */
  drawLines(lines: readonly Line[], column: Column, top: number, align: 'left' | 'right' | 'center' = 'left'): number {
    let y = top;
    for (const line of lines) {
      y -= line.spaceBefore;
      this.drawLine(line, column, y, align);
      y -= line.height;
    }
    return y;
  }

  addPage(): void {
    this.pages.push(this.pdf.addPage([this.width, this.height]));
    this.current = this.pages.length - 1;
    this.y = this.top;
  }

  newPage(): void {
    this.addPage();
    this.onNewPage?.();
  }

  /** Starts a new page unless `height` still fits above the footer. */
  ensureRoom(height: number): void {
    if (this.y - height < this.bottom && this.y < this.top) this.newPage();
  }

  room(): number {
    return this.y - this.bottom;
  }

  gap(height: number): void {
    this.y -= height;
  }

  /** Paragraphs in a column at the cursor, breaking across pages line by line. */
  flow(paras: readonly Para[], column: Column = this.fullColumn, keepTogether = 0): void {
    const lines = this.layout(paras, column.width);
    this.ensureRoom(Math.min(PrintDocument.heightOf(lines.slice(0, Math.max(1, keepTogether))), this.top - this.bottom));
    for (const line of lines) {
      this.ensureRoom(line.height + line.spaceBefore);
      this.y = this.drawLines([line], column, this.y);
    }
  }

  rule(y: number, left = this.left, right = this.right, ink: Ink = 'rule', thickness = 0.75): void {
    const [r, g, b] = INK[ink];
    this.page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness, color: rgb(r, g, b) });
  }

  box(left: number, bottom: number, width: number, height: number, options: { border?: Ink; fill?: Ink; thickness?: number }): void {
    const color = (ink: Ink) => rgb(INK[ink][0], INK[ink][1], INK[ink][2]);
    this.page.drawRectangle({
      x: left,
      y: bottom,
      width,
      height,
      borderWidth: options.border ? (options.thickness ?? 1) : 0,
      ...(options.border ? { borderColor: color(options.border) } : {}),
      ...(options.fill ? { color: color(options.fill) } : {}),
    });
  }
}
