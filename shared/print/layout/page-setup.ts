import type { PaperSize, PrintSize } from '../print-request';

/** Paper in PDF points (1/72 inch): US Letter 8.5 × 11 in, A4 210 × 297 mm. */
export const PAPER: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

/** Half an inch all round: inside what every home printer can reach. */
export const MARGIN = 36;

export interface TypeScale {
  title: number;
  heading: number;
  body: number;
  /** The English line under the person's language, footers, small labels. */
  small: number;
  /** Line height as a multiple of the font size. */
  leading: number;
}

/**
 * Large print keeps the body at 14 pt or more (issue #5). Normal size is 11 pt: Atkinson
 * Hyperlegible's tall lower case reads like 12 pt in most fonts, and 25 medicines still fit
 * on two letter pages.
 */
export const TYPE_SCALES: Readonly<Record<PrintSize, TypeScale>> = {
  normal: { title: 20, heading: 14, body: 11, small: 9.5, leading: 1.2 },
  large: { title: 26, heading: 18, body: 14, small: 12, leading: 1.25 },
};

/** Colours as RGB 0–1. Dark grey and one red only: they print well in black and white too. */
export const INK = {
  text: [0, 0, 0],
  muted: [0.3, 0.3, 0.3],
  rule: [0.55, 0.55, 0.55],
  alert: [0.65, 0, 0],
  shade: [0.93, 0.93, 0.93],
} as const satisfies Record<string, readonly [number, number, number]>;
export type Ink = keyof typeof INK;
