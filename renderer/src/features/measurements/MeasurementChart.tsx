import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Series, SeriesPoint } from '../../../../shared/record/measurements/series';
import { pointsInRange, type ChartRange } from '../../../../shared/record/measurements/range';
import { thinPoints } from '../../../../shared/record/measurements/thin';
import { summarizeSeries } from '../../../../shared/record/measurements/summary';
import { niceScale } from '../../../../shared/record/measurements/scale';
import { meetsTarget, type GoalTarget } from '../../../../shared/record/goals/target';
import { useMeasurementWords } from './measurement-words';
import { ChartTable } from './ChartTable';
import { ChartKey } from './ChartKey';
import './measurements.css';

interface MeasurementChartProps {
  series: Series;
  /** What is measured, as people call it ("A1C", "Steps"). */
  name: string;
  range: ChartRange;
  today: string;
  /** Starts the caption, e.g. whose chart it is when several are shown. */
  captionPrefix?: string;
  /** A goal's target, drawn as a line and checked in the table. */
  target?: GoalTarget | null;
  /** The target in words ("below 7%"). */
  targetText?: string;
}

const DAY_MS = 86_400_000;

/**
 * A line chart of one measure over time, inside a <figure>: a caption, the chart as one
 * image whose name says the trend in words, and the same readings as a table on request.
 * At most a year of readings and a few hundred points are drawn, so 2,000 readings stay quick.
 */
export function MeasurementChart({ series, name, range, today, captionPrefix, target, targetText }: MeasurementChartProps): ReactNode {
  const { t } = useTranslation('measurements');
  const words = useMeasurementWords();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const inRange = useMemo(() => pointsInRange(series.points, range, today), [series, range, today]);
  const shown = useMemo(() => thinPoints(inRange), [inRange]);
  const summary = useMemo(() => summarizeSeries(inRange), [inRange]);
  const isPressure = series.type === 'bloodPressure';
  const amount = (p: Pick<SeriesPoint, 'value' | 'value2'>): string => words.amount(series.type, p.value, isPressure ? p.value2 : null, series.unit);
  const caption = [captionPrefix, t('chart.caption', { name, range: t(`ranges.${range}`) })].filter(Boolean).join(': ');

  if (!summary) {
    return (
      <div className="measure-chart-empty">
        <p className="empty-state">{[captionPrefix, t('chart.noPoints', { name })].filter(Boolean).join(': ')}</p>
        {series.otherUnits > 0 ? <p className="muted">{t('chart.otherUnits', { count: series.otherUnits })}</p> : null}
      </div>
    );
  }

  const met = target ? inRange.filter((p) => meetsTarget(target, p)).length : 0;
  const sentences = [
    summary.count === 1
      ? t('chart.summaryOne', { name, latest: amount(summary.latest), date: words.when(summary.latest.takenAt) })
      : t(isPressure ? 'chart.summaryTop' : 'chart.summary', {
          name,
          count: summary.count,
          from: words.day(summary.first.takenAt),
          to: words.day(summary.latest.takenAt),
          lowest: words.amount(series.type, summary.lowest, null, series.unit),
          highest: words.amount(series.type, summary.highest, null, series.unit),
          latest: amount(summary.latest),
        }),
    summary.trend ? t(`chart.trend.${summary.trend}`) : '',
    target && targetText ? t('chart.targetMet', { met, count: summary.count, target: targetText }) : '',
  ];
  const summaryText = sentences.filter(Boolean).join(' ');

  const first = shown[0]!.t;
  const last = shown[shown.length - 1]!.t;
  const domain: [number, number] = first === last ? [first - DAY_MS, last + DAY_MS] : [first, last];
  const tickFormat = new Intl.DateTimeFormat(words.locale, last - first > 330 * DAY_MS ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const topName = isPressure ? t('chart.topNumber') : name;
  const scaleValues = shown.flatMap((p) => (isPressure && p.value2 !== null ? [p.value, p.value2] : [p.value]));
  if (target) scaleValues.push(target.value, ...(isPressure && target.value2 !== null ? [target.value2] : []));
  // Pain has a fixed scale; every other measure gets round numbers around its readings and target.
  const yScale = series.type === 'pain' ? { domain: [0, 10] as [number, number], ticks: [0, 2, 4, 6, 8, 10] } : niceScale(scaleValues);

  return (
    <figure className="measure-chart" aria-labelledby={`${tableId}-caption`}>
      <figcaption id={`${tableId}-caption`}>{caption}</figcaption>
      <div role="img" aria-label={summaryText} className="measure-chart-image">
        <LineChart responsive className="measure-chart-surface" data={shown} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid className="measure-chart-grid" strokeDasharray="3 6" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            tickFormatter={(value: number) => tickFormat.format(new Date(value))}
            minTickGap={24}
          />
          <YAxis type="number" domain={yScale?.domain ?? ['auto', 'auto']} ticks={yScale?.ticks} tickFormatter={(value: number) => words.number(value)} width="auto" />
          <Tooltip
            labelFormatter={(value) => words.when(new Date(Number(value)).toISOString().slice(0, 16))}
            formatter={(value) => words.amount(series.type, Number(value), null, series.unit)}
            contentStyle={{ background: 'var(--surface)', color: 'var(--text)', border: '2px solid var(--border)', borderRadius: 'var(--radius)' }}
            itemStyle={{ color: 'var(--text)' }}
          />
          {target ? (
            <ReferenceLine y={target.value} className="measure-chart-target" stroke="var(--chart-target)" strokeWidth={2} strokeDasharray="8 6" ifOverflow="extendDomain" />
          ) : null}
          {target && isPressure && target.value2 !== null ? (
            <ReferenceLine y={target.value2} className="measure-chart-target" stroke="var(--chart-target)" strokeWidth={2} strokeDasharray="8 6" ifOverflow="extendDomain" />
          ) : null}
          <Line type="monotone" dataKey="value" name={topName} className="measure-chart-line" stroke="var(--chart-line)" strokeWidth={3} dot={shown.length <= 60} isAnimationActive={false} />
          {isPressure ? (
            <Line
              type="monotone"
              dataKey="value2"
              name={t('chart.bottomNumber')}
              className="measure-chart-line-2"
              stroke="var(--chart-line-2)"
              strokeWidth={3}
              strokeDasharray="10 5"
              dot={shown.length <= 60}
              isAnimationActive={false}
            />
          ) : null}
        </LineChart>
      </div>
      {isPressure || target ? (
        <ChartKey
          lines={[
            { key: 'line', label: topName },
            ...(isPressure ? [{ key: 'line-2' as const, label: t('chart.bottomNumber') }] : []),
            ...(target && targetText ? [{ key: 'target' as const, label: t('chart.targetLine', { target: targetText }) }] : []),
          ]}
        />
      ) : null}
      <p className="chart-summary" aria-hidden="true">
        {summaryText}
      </p>
      {shown.length < inRange.length ? <p className="muted">{t('chart.thinned', { shown: shown.length, count: inRange.length })}</p> : null}
      {series.otherUnits > 0 ? <p className="muted">{t('chart.otherUnits', { count: series.otherUnits })}</p> : null}
      <button type="button" className="button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((open) => !open)}>
        {showTable ? t('chart.hideTable') : t('chart.showTable')}
      </button>
      <div id={tableId}>
        {showTable ? <ChartTable name={name} series={series} points={shown} amount={amount} target={target ?? null} /> : null}
      </div>
    </figure>
  );
}
