import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRINTOUT_KINDS, buildPrintout, type PrintOptions } from '../shared/print';
import { HEART_VISIT_ID, realisticRecord, TODAY } from '../test/fixtures/print/realistic-person';
import { readPrintFonts } from '../test/unit/print/fonts';

/**
 * `npm run printouts`: every printout for the realistic person, rendered to PNG (pdftoppm,
 * 60 dpi) under docs/printouts/, to look at as a reader would. English letter normal, and
 * Spanish with English under it on A4 in large print.
 */
const OUT = join(import.meta.dirname, '..', 'docs', 'printouts');
mkdirSync(OUT, { recursive: true });
for (const file of readdirSync(OUT)) if (file.endsWith('.png')) rmSync(join(OUT, file));
const work = mkdtempSync(join(tmpdir(), 'printouts-'));
const variants: { label: string; options: Omit<PrintOptions, 'today'> }[] = [
  { label: 'en-letter', options: { language: 'en', bilingual: false, paper: 'letter', size: 'normal' } },
  { label: 'es-bilingual-a4-large', options: { language: 'es', bilingual: true, paper: 'a4', size: 'large' } },
];
const fonts = readPrintFonts();
for (const kind of PRINTOUT_KINDS) {
  for (const { label, options } of variants) {
    const bytes = await buildPrintout({ kind, record: realisticRecord, fonts, options: { ...options, today: TODAY, appointmentId: HEART_VISIT_ID, month: '2026-12', weekStart: '2026-11-30' } });
    const pdf = join(work, `${kind}-${label}.pdf`);
    writeFileSync(pdf, bytes);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, `${kind}-${label}`)]);
  }
}
rmSync(work, { recursive: true, force: true });
console.log(`Wrote ${readdirSync(OUT).filter((f) => f.endsWith('.png')).length} pages to ${OUT}`);
