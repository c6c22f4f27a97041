export { buildPrintout, layOutPrintout } from './build-printout';
export { printoutFileName } from './file-name';
export { PRINTOUT_KINDS, type PaperSize, type PrintFonts, type PrintLanguage, type PrintOptions, type PrintoutKind, type PrintRecord, type PrintRequest, type PrintSize } from './print-request';
export { bytesFromDataUrl } from './font-data-url';
