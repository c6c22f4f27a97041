import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaListScreen } from '../../record/AreaListScreen';
import { useScope } from '../../record/useScope';
import { useSession, useVaultData } from '../../vault/useSession';
import { displayName } from '../people/display-name';
import { listItems } from '../../../../shared/record/item-store';
import { todayIso } from '../../../../shared/model/dates';
import { buildSeries, readingsOf, seriesOptions, type SeriesKey } from '../../../../shared/record/measurements/series';
import { DEFAULT_CHART_RANGE, type ChartRange } from '../../../../shared/record/measurements/range';
import { MeasurementChart } from './MeasurementChart';
import { RangeSelect } from './RangeSelect';
import { ReadingCard } from './ReadingCard';
import { rememberedSeries, rememberSeries } from './chart-choice';
import { useMeasurementWords } from './measurement-words';
import './measurements.css';

/** Readings shown at first and added by each "Show more": 2,000 cards at once would be slow and tiring. */
const PAGE_SIZE = 50;

/**
 * Measurements: choose a kind, see its chart (per person when showing everyone) and the
 * readings newest first, 50 at a time.
 */
export function MeasurementList(): ReactNode {
  const { t } = useTranslation('measurements');
  const words = useMeasurementWords();
  const session = useSession();
  const { personId, person, people } = useScope();
  // Read again only when the vault changes (its revision), not on every render: a person may have thousands.
  const revision = useVaultData((s) => s.revision);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- revision stands for the vault's contents
  const all = useMemo(() => listItems(session, 'measurement', personId ?? undefined), [session, revision, personId]);
  const options = useMemo(() => seriesOptions(all), [all]);
  const [chosen, setChosen] = useState<SeriesKey | 'all'>(() => {
    const remembered = rememberedSeries().key;
    return remembered && options.some((o) => o.key === remembered) ? remembered : (options[0]?.key ?? 'all');
  });
  // When the chosen kind's last reading is removed, the chart moves on to another kind.
  const key: SeriesKey | 'all' = chosen === 'all' || options.some((o) => o.key === chosen) ? chosen : (options[0]?.key ?? 'all');
  const [range, setRange] = useState<ChartRange>(DEFAULT_CHART_RANGE);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const readings = useMemo(() => readingsOf(all, key), [all, key]);
  const charts = useMemo(() => {
    if (key === 'all') return [];
    const byPerson = new Map<string, typeof all>();
    for (const reading of all) {
      const own = byPerson.get(reading.personId);
      if (own) own.push(reading);
      else byPerson.set(reading.personId, [reading]);
    }
    return [...byPerson].map(([owner, own]) => ({ owner, series: buildSeries(own, key) })).filter(({ series }) => series.points.length + series.otherUnits > 0);
  }, [all, key]);
  const filterId = useId();
  const today = todayIso();
  const option = options.find((o) => o.key === key);
  const name = option ? words.measureName(option.type, option.customName) : '';
  const choose = (value: string): void => {
    const next = value === 'all' ? 'all' : options.find((o) => o.key === value);
    if (!next) return;
    setChosen(next === 'all' ? 'all' : next.key);
    if (next !== 'all') rememberSeries(next.key, next.customName);
    setLimit(PAGE_SIZE);
  };
  const personName = (id: string): string => {
    const owner = people.find((p) => p.id === id);
    return owner ? displayName(owner) : '';
  };

  const intro =
    all.length === 0 ? null : (
      <>
        <div className="measure-controls">
          <div className="field">
            <label htmlFor={filterId}>{t('show')}</label>
            <select id={filterId} value={key} onChange={(event) => choose(event.target.value)}>
              <option value="all">{t('showAll', { count: all.length })}</option>
              {options.map((o) => (
                <option key={o.key} value={o.key}>
                  {t('showOption', { name: words.measureName(o.type, o.customName), count: o.count })}
                </option>
              ))}
            </select>
          </div>
          {key !== 'all' ? <RangeSelect value={range} onChange={setRange} /> : null}
        </div>
        {key === 'all' ? <p className="muted">{t('chooseForChart')}</p> : null}
        {charts.map(({ owner, series }) => (
          <MeasurementChart
            key={`${owner}-${series.key}`}
            series={series}
            name={name}
            range={range}
            today={today}
            {...(person ? {} : { captionPrefix: personName(owner) })}
          />
        ))}
      </>
    );

  const page = readings.slice(0, limit);
  const more = Math.min(PAGE_SIZE, readings.length - page.length);
  return (
    <div className="measurement-screen">
      <AreaListScreen
        area="measurements"
        title={t('title')}
        addLabel={t('add')}
        items={page}
        emptyText={t('empty')}
        intro={intro}
        renderItem={(reading) => <ReadingCard reading={reading} words={words} />}
      />
      {readings.length > PAGE_SIZE ? (
        <div className="actions">
          <p className="list-count">{t('shownCount', { shown: words.number(page.length), count: words.number(readings.length) })}</p>
          {more > 0 ? (
            <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
              {t('showMore', { count: more })}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
