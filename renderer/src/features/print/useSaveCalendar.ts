import { useTranslation } from 'react-i18next';
import type { CalendarRecord, CalendarTranslate } from '../../../../shared/calendar';
import { getPlatform, type SaveFileResult } from '../../platform';

/**
 * Saves a calendar file (.ics) for these records, written in the interface language. The
 * same items always get the same UIDs, so saving again updates the events in the calendar.
 */
export function useSaveCalendar(): (records: readonly CalendarRecord[]) => Promise<SaveFileResult> {
  const { t } = useTranslation('calendar');
  // Keys are built at run time from CALENDAR_WORD_KEYS (a unit test checks each exists in every language).
  const lookup = t as unknown as (key: string, options: Record<string, string>) => string;
  const words: CalendarTranslate = (key, values) => lookup(`ics.${key}`, values ?? {});
  return async (records) => {
    // The writer and its time-zone tables load on first use, in their own chunk.
    const { CALENDAR_FILE_NAME, CALENDAR_MIME_TYPE, exportCalendar } = await import('../../../../shared/calendar');
    const text = exportCalendar(records, words, new Date());
    const platform = await getPlatform();
    return platform.saveFile({ suggestedName: CALENDAR_FILE_NAME, data: text, mimeType: CALENDAR_MIME_TYPE });
  };
}
