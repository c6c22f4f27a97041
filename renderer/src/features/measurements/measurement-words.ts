import { useTranslation } from 'react-i18next';
import type { MeasurementType } from '../../../../shared/model/measurement';
import { unitOfReading } from '../../../../shared/record/measurements/units';

export interface MeasurementWords {
  locale: string;
  /** "Blood pressure", "A1C", or a custom measure's own name. */
  measureName(type: MeasurementType, customName: string): string;
  /** The same inside a sentence: "blood pressure", but still "A1C" and a custom name as typed. */
  measureNameInSentence(type: MeasurementType, customName: string): string;
  number(value: number): string;
  /** A number with its unit: "7.4%", "81.5 kg", "4 out of 10" (pain), "128/82 mmHg" (with a bottom number). */
  amount(type: MeasurementType | '', value: number, value2: number | null, unit: string): string;
  /** A reading's amount in its own unit. */
  readingAmount(reading: { type: MeasurementType; value: number; value2: number | null; unit: string }): string;
  /** "May 3, 2025, 8:30 AM" from a wall-clock YYYY-MM-DDTHH:mm. */
  when(takenAt: string): string;
  /** "May 3, 2025" from YYYY-MM-DD (or the day of a date-time). */
  day(isoDate: string): string;
  unitName(unit: string): string;
}

const UNIT_KEYS = { kg: 'kg', lb: 'lb', 'mg/dL': 'mgdl', 'mmol/L': 'mmoll' } as const;

/** Numbers, units and times written out in the reader's language, the same way on every screen. */
export function useMeasurementWords(): MeasurementWords {
  const { t, i18n } = useTranslation('measurements');
  const locale = i18n.language;
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const times = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const number = (value: number): string => numbers.format(value);
  const amount: MeasurementWords['amount'] = (type, value, value2, unit) => {
    if (type === 'pain') return t('amount.pain', { value: number(value) });
    const shown = value2 === null ? number(value) : t('amount.pair', { value: number(value), value2: number(value2) });
    if (unit === '') return shown;
    return unit === '%' ? t('amount.percent', { value: shown }) : t('amount.withUnit', { value: shown, unit });
  };
  return {
    locale,
    measureName: (type, customName) => (type === 'custom' ? customName.trim() || t('types.custom') : t(`types.${type}`)),
    measureNameInSentence: (type, customName) =>
      type === 'custom' ? customName.trim() || t('typesInSentence.custom') : t(`typesInSentence.${type}`),
    number,
    amount,
    readingAmount: (reading) => amount(reading.type, reading.value, reading.type === 'bloodPressure' ? reading.value2 : null, unitOfReading(reading)),
    when: (takenAt) => {
      const date = new Date(`${takenAt}:00Z`);
      return Number.isNaN(date.getTime()) ? takenAt : times.format(date);
    },
    day: (isoDate) => {
      const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : days.format(date);
    },
    unitName: (unit) => {
      const key = (UNIT_KEYS as Record<string, (typeof UNIT_KEYS)[keyof typeof UNIT_KEYS]>)[unit];
      return key ? t(`unitNames.${key}`) : unit;
    },
  };
}
