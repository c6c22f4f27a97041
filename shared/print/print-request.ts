import type { CareKind } from '../model/care-item';
import type { ItemOf } from '../model/care-record';
import type { Person } from '../model/person';

/** The printouts PRODUCT.md lists, in the order the print center offers them. */
export const PRINTOUT_KINDS = [
  'medicationList',
  'visitSheet',
  'walletCard',
  'emergencySheet',
  'monthCalendar',
  'weeklySchedule',
  'careTeamDirectory',
] as const;
export type PrintoutKind = (typeof PRINTOUT_KINDS)[number];

export type PaperSize = 'letter' | 'a4';
export type PrintSize = 'normal' | 'large';
export type PrintLanguage = 'en' | 'es';

export interface PrintOptions {
  paper: PaperSize;
  size: PrintSize;
  /** The language the page is written in. */
  language: PrintLanguage;
  /** Also say everything in English under it, for the clinician (only when `language` is not English). */
  bilingual: boolean;
  /** "Updated on" and what counts as recent or upcoming. */
  today: Date;
  /** Visit sheet: the appointment it is for. */
  appointmentId?: string;
  /** Month calendar: the month, `YYYY-MM`. */
  month?: string;
  /** Weekly schedule: the first day, `YYYY-MM-DD`. */
  weekStart?: string;
}

/** One person's record, everything a printout may draw from. */
export interface PrintRecord {
  person: Person;
  items: { [K in CareKind]: readonly ItemOf<K>[] };
}

/** The embedded font (regular and bold), as font file bytes; passed in because shared code reads no files. */
export interface PrintFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PrintRequest {
  kind: PrintoutKind;
  record: PrintRecord;
  options: PrintOptions;
  fonts: PrintFonts;
}
