import type { SeriesConfig } from './config';

export interface UsageLegendProps {
  label: string;
  series: SeriesConfig[];
  totals: string[];
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
  formatCredits: (amount: string) => string;
}

/** Toggle buttons, one per series: a native button gives mouse, Enter and Space for free. */
export function UsageLegend({ label, series, totals, hidden, onToggle, formatCredits }: UsageLegendProps) {
  return (
    <ul className="ck-usage-chart__legend" aria-label={label} data-part="legend">
      {series.map((s, index) => {
        const shown = !hidden.has(s.key);
        return (
          <li key={s.key}>
            <button
              type="button"
              className="ck-usage-chart__legend-item"
              aria-pressed={shown}
              data-state={shown ? 'on' : 'off'}
              onClick={() => onToggle(s.key)}
            >
              <span className="ck-usage-chart__swatch" style={{ background: s.color }} aria-hidden="true" />
              <span className="ck-usage-chart__legend-label" title={s.label}>
                {s.label}
              </span>
              <span className="ck-usage-chart__legend-total">{formatCredits(totals[index] ?? '0')}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
