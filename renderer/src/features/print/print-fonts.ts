import type { PrintFonts } from '../../../../shared/print/print-request';

/** Bytes of a `data:…;base64,` URL. Fonts come inlined by Vite because fetch() is blocked by the CSP (connect-src 'none'). */
function dataUrlBytes(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let fonts: Promise<PrintFonts> | null = null;

/**
 * The printouts' embedded font, loaded once and only when something is printed: the font data
 * sits in its own chunk, so opening the app does not pay for it.
 */
export function loadPrintFonts(): Promise<PrintFonts> {
  fonts ??= import('./print-font-data').then(({ REGULAR_FONT_URL, BOLD_FONT_URL }) => ({
    regular: dataUrlBytes(REGULAR_FONT_URL),
    bold: dataUrlBytes(BOLD_FONT_URL),
  }));
  return fonts;
}
