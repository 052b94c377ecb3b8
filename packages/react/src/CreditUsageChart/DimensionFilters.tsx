import { useId } from 'react';
import { template } from '../format/format';
import type { CreditUsageChartLocalization } from './localization';

export interface DimensionFiltersProps {
  /** Keys and values from the dimensions endpoint. */
  dimensions: { key: string; values: string[] }[];
  filters: Record<string, string[]>;
  onChange: (filters: Record<string, string[]>) => void;
  text: CreditUsageChartLocalization;
}

/**
 * One disclosure per dimension key with a checkbox per value: several keys, several values each.
 * `<details>` gives the open/close behaviour and its keyboard handling without script.
 */
export function DimensionFilters({ dimensions, filters, onChange, text }: DimensionFiltersProps) {
  const labelId = useId();
  // Keys a host put in the value (say from a URL) stay visible even when this window lacks them.
  const known = new Map(dimensions.map((d) => [d.key, d.values]));
  for (const [key, values] of Object.entries(filters)) {
    known.set(key, [...new Set([...(known.get(key) ?? []), ...values])]);
  }
  if (known.size === 0) return null;
  const active = Object.values(filters).some((values) => values.length > 0);

  const toggle = (key: string, value: string, on: boolean) => {
    const current = filters[key] ?? [];
    const values = on ? [...current, value] : current.filter((v) => v !== value);
    const next = { ...filters, [key]: values };
    if (values.length === 0) delete next[key];
    onChange(next);
  };

  return (
    <div className="ck-usage-chart__field">
      <span className="ck-usage-chart__field-label" id={labelId}>
        {text.filters}
      </span>
      <div className="ck-usage-chart__filters" role="group" aria-labelledby={labelId} data-part="filters">
        {[...known].map(([key, values]) => {
          const selected = filters[key] ?? [];
          return (
            <details key={key} className="ck-usage-chart__filter" data-state={selected.length > 0 ? 'active' : 'idle'}>
              <summary className="ck-usage-chart__control">
                {selected.length > 0 ? template(text.filterCount, { key, count: selected.length }) : key}
              </summary>
              <fieldset className="ck-usage-chart__filter-menu">
                <legend className="ck-visually-hidden">{key}</legend>
                {values.map((value) => (
                  <label key={value} className="ck-usage-chart__check">
                    <input
                      type="checkbox"
                      checked={selected.includes(value)}
                      onChange={(event) => toggle(key, value, event.target.checked)}
                    />
                    <span>{value}</span>
                  </label>
                ))}
              </fieldset>
            </details>
          );
        })}
        {active && (
          <button type="button" className="ck-usage-chart__button" data-variant="ghost" onClick={() => onChange({})}>
            {text.clearFilters}
          </button>
        )}
      </div>
    </div>
  );
}
