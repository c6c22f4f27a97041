import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrintFonts } from '../../../shared/print';

const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', 'resources', 'fonts');

/** The fonts the app ships (resources/fonts), read from disk for tests, the bench and scripts. */
export function readPrintFonts(): PrintFonts {
  return {
    regular: new Uint8Array(readFileSync(join(FONTS_DIR, 'atkinson-hyperlegible-latin-400-normal.woff'))),
    bold: new Uint8Array(readFileSync(join(FONTS_DIR, 'atkinson-hyperlegible-latin-700-normal.woff'))),
  };
}
