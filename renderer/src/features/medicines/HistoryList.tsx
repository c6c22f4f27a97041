import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MedicationChange } from '../../../../shared/model/medication';
import { historyNewestFirst } from '../../../../shared/record/medication/history';
import { assertNever } from '../../../../shared/util/assert-never';
import { formatCalendarDate } from '../../i18n/format-date';

/** What changed and when, newest first, in plain words: "Dose changed from 10 mg to 20 mg". */
export function HistoryList({ history }: { history: readonly MedicationChange[] }): ReactNode {
  const { t, i18n } = useTranslation('medications');
  if (history.length === 0) return <p>{t('details.noHistory')}</p>;
  const describe = (entry: MedicationChange): string => {
    switch (entry.change) {
      case 'started':
        return t('history.started');
      case 'doseChanged':
        return entry.from ? t('history.doseChanged', { from: entry.from, to: entry.to }) : t('history.doseChangedTo', { to: entry.to });
      case 'instructionsChanged':
        return t('history.instructionsChanged', { to: entry.to });
      case 'paused':
        return entry.reason ? t('history.pausedWhy', { reason: entry.reason }) : t('history.paused');
      case 'resumed':
        return t('history.resumed');
      case 'stopped':
        return entry.reason ? t('history.stoppedWhy', { reason: entry.reason }) : t('history.stopped');
      case 'imported':
        return t('history.imported');
      default:
        return assertNever(entry.change);
    }
  };
  return (
    <ol className="medicine-history">
      {historyNewestFirst(history).map((entry, index) => (
        <li key={`${entry.date}-${index}`}>
          <time dateTime={entry.date}>{formatCalendarDate(entry.date, i18n.language)}</time>
          {describe(entry)}
          {entry.by ? <span className="muted"> — {t('history.by', { name: entry.by })}</span> : null}
        </li>
      ))}
    </ol>
  );
}
