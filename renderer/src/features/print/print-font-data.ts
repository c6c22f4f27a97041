// Atkinson Hyperlegible (made for low-vision readers), as data: URLs; see print-fonts.ts.
import regular from '../../../../resources/fonts/atkinson-hyperlegible-latin-400-normal.woff?inline';
import bold from '../../../../resources/fonts/atkinson-hyperlegible-latin-700-normal.woff?inline';

export const REGULAR_FONT_URL: string = regular;
export const BOLD_FONT_URL: string = bold;
