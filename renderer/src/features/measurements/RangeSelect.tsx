import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_RANGES, type ChartRange } from '../../../../shared/record/measurements/range';

/** How far back the chart looks: a plain select with a visible label. */
export function RangeSelect({ value, onChange }: { value: ChartRange; onChange: (range: ChartRange) => void }): ReactNode {
  const { t } = useTranslation('measurements');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('range')}</label>
      <select id={id} value={value} onChange={(event) => {
          const chosen = CHART_RANGES.find((range) => range === event.target.value);
          if (chosen) onChange(chosen);
        }}>
        {CHART_RANGES.map((range) => (
          <option key={range} value={range}>
            {t(`ranges.${range}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
