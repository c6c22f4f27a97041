import type { TFunction } from 'i18next';
import type { HospitalStay } from '../../../../shared/model/hospital-stay';
import { formatCalendarDate } from '../../i18n/format-date';

/** "Mercy Hospital, March 3, 2026": where and when, so two stays at one place differ. */
export function stayName(t: TFunction<'hospitalStays'>, stay: Pick<HospitalStay, 'hospital' | 'admittedOn'>, language: string): string {
  return t('stayName', { place: stay.hospital || t('unnamed'), date: formatCalendarDate(stay.admittedOn, language) });
}
