import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series, SeriesPoint } from '../../../../shared/record/measurements/series';
import { meetsTarget, type GoalTarget } from '../../../../shared/record/goals/target';
import { useMeasurementWords } from './measurement-words';

interface ChartTableProps {
  name: string;
  series: Series;
  /** The points drawn, oldest first; the table lists them newest first. */
  points: readonly SeriesPoint[];
  amount: (point: SeriesPoint) => string;
  target: GoalTarget | null;
}

/** The chart's readings as a table: what a screen reader, or anyone who prefers numbers, reads. */
export function ChartTable({ name, series, points, amount, target }: ChartTableProps): ReactNode {
  const { t } = useTranslation('measurements');
  const { t: tr } = useTranslation('record');
  const words = useMeasurementWords();
  const rows = [...points].reverse();
  return (
    <div className="table-scroll">
      <table className="measure-table">
        <caption>{t('chart.tableCaption', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.when')}</th>
            <th scope="col">{series.unit ? t('chart.valueColumn', { name, unit: series.unit }) : name}</th>
            {target ? <th scope="col">{t('chart.meets')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((point) => (
            <tr key={point.id}>
              <th scope="row">{words.when(point.takenAt)}</th>
              <td>{amount(point)}</td>
              {target ? <td>{meetsTarget(target, point) ? tr('yes') : tr('no')}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
