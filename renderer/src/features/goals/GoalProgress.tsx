import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../app/navigation';
import { useSession, useVaultData } from '../../vault/useSession';
import { listItems } from '../../../../shared/record/item-store';
import { todayIso } from '../../../../shared/model/dates';
import type { Goal } from '../../../../shared/model/goal';
import { goalSeriesKey, latestVsTarget, targetOf, targetUnitOf } from '../../../../shared/record/goals/target';
import { buildSeries, preferredUnit } from '../../../../shared/record/measurements/series';
import { convertUnit } from '../../../../shared/record/measurements/units';
import { DEFAULT_CHART_RANGE, type ChartRange } from '../../../../shared/record/measurements/range';
import { MeasurementChart } from '../measurements/MeasurementChart';
import { RangeSelect } from '../measurements/RangeSelect';
import { rememberSeries } from '../measurements/chart-choice';
import { useMeasurementWords } from '../measurements/measurement-words';
import { useGoalWords } from './goal-words';

/**
 * For a goal that follows a measure: the latest reading against the target in words, and a
 * chart of the person's readings with the target as a line.
 */
export function GoalProgress({ goal }: { goal: Goal }): ReactNode {
  const { t } = useTranslation('goals');
  const words = useMeasurementWords();
  const goalWords = useGoalWords();
  const session = useSession();
  const [range, setRange] = useState<ChartRange>(DEFAULT_CHART_RANGE);
  const revision = useVaultData((s) => s.revision);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- revision stands for the vault's contents
  const readings = useMemo(() => listItems(session, 'measurement', goal.personId), [session, revision, goal.personId]);
  const key = goalSeriesKey(goal);
  const target = targetOf(goal);
  const targetUnit = target ? targetUnitOf(goal) : '';
  // Drawn in the target's unit when the readings can be turned into it, so the target line fits the scale.
  const series = useMemo(() => {
    if (key === null) return null;
    const usual = preferredUnit(readings, key);
    const unit = targetUnit !== '' && convertUnit(1, usual, targetUnit) !== null ? targetUnit : usual;
    return buildSeries(readings, key, unit);
  }, [readings, key, targetUnit]);
  if (key === null || series === null || goal.measureType === '') return null;
  const measure = goalWords.measure(goal);
  const inSentence = goalWords.measureInSentence(goal);
  const latest = latestVsTarget(goal, readings);
  const targetText = target ? goalWords.target(target, goal.measureType) : '';
  return (
    <section className="goal-section" aria-labelledby="goal-progress">
      <h2 id="goal-progress">{t('progress.heading')}</h2>
      {latest ? (
        <>
          <p className="goal-latest">
            {t(target ? 'progress.latest' : 'progress.latestNoTarget', {
              measure: inSentence,
              amount: words.amount(goal.measureType, latest.value, latest.value2, latest.unit),
              date: words.day(latest.reading.takenAt),
              target: targetText,
            })}
          </p>
          {target ? (
            <p className={latest.meets ? 'goal-meets goal-meets-yes' : 'goal-meets'}>
              {latest.meets === null ? t('progress.cannotCompare') : latest.meets ? t('progress.meets') : t('progress.notYet')}
            </p>
          ) : null}
          <RangeSelect value={range} onChange={setRange} />
          <MeasurementChart
            series={series}
            name={measure}
            range={range}
            today={todayIso()}
            target={target}
            targetText={targetText}
          />
        </>
      ) : (
        <p>{t('progress.noReadings', { measure: inSentence })}</p>
      )}
      <p>
        <Link
          to={{ name: 'item-new', area: 'measurements', personId: goal.personId }}
          onClick={() => rememberSeries(key, goal.measureType === 'custom' ? goal.measureName : '')}
        >
          {t('progress.addReading', { measure: inSentence })}
        </Link>
      </p>
    </section>
  );
}
