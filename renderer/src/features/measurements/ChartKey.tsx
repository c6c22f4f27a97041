import type { ReactNode } from 'react';

export interface ChartKeyLine {
  key: 'line' | 'line-2' | 'target';
  label: string;
}

/** What each line of the chart is, as real text beside a sample of the line (solid, dashed). */
export function ChartKey({ lines }: { lines: readonly ChartKeyLine[] }): ReactNode {
  return (
    <ul className="chart-key">
      {lines.map((line) => (
        <li key={line.key}>
          <svg className={`chart-key-sample chart-key-${line.key}`} width="40" height="12" viewBox="0 0 40 12" aria-hidden="true" focusable="false">
            <line x1="0" y1="6" x2="40" y2="6" />
          </svg>
          {line.label}
        </li>
      ))}
    </ul>
  );
}
