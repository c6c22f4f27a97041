import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { buildPrintout, layOutPrintout, type PrintRequest } from '../shared/print';
import { woffToSfnt } from '../shared/print/layout/woff-to-sfnt';
import { TODAY } from '../test/fixtures/print/realistic-person';
import { twentyFiveMedicinesRecord } from '../test/fixtures/print/twenty-five-medicines';
import { readPrintFonts } from '../test/unit/print/fonts';
import { medianMs, type BenchRow } from './measure';

/**
 * The 25-medicine list (letter, normal, English) built end to end, beside pdf-lib drawing
 * the very same strings at the same places with the same embedded font and no layout.
 * Budget: at most twice the baseline (issue #5).
 */
export async function benchPrint(): Promise<BenchRow> {
  const request: PrintRequest = {
    kind: 'medicationList',
    record: twentyFiveMedicinesRecord,
    fonts: readPrintFonts(),
    options: { paper: 'letter', size: 'normal', language: 'en', bilingual: false, today: TODAY },
  };
  const { doc } = await layOutPrintout(request);
  const strings = doc.drawn;
  const pageCount = doc.pages.length;

  const baseline = async (): Promise<Uint8Array> => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const regular = await pdf.embedFont(woffToSfnt(request.fonts.regular), { subset: true });
    const bold = await pdf.embedFont(woffToSfnt(request.fonts.bold), { subset: true });
    const pages = Array.from({ length: pageCount }, () => pdf.addPage([doc.width, doc.height]));
    for (const s of strings) pages[s.page - 1]!.drawText(s.text, { x: s.x, y: s.bottom + 3, size: s.size, font: s.bold ? bold : regular });
    return pdf.save();
  };

  const baselineMs = await medianMs(5, baseline);
  const ms = await medianMs(5, () => buildPrintout(request));
  const ratio = ms / baselineMs;
  return {
    name: `medication list, 25 medicines (${strings.length} strings, ${pageCount} pages)`,
    ms,
    baseline: 'pdf-lib drawing the same strings, same font, no layout',
    baselineMs,
    ratio,
    budget: '≤ 2×',
    withinBudget: ratio <= 2,
  };
}
