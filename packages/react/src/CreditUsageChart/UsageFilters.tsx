import { memo, useId, useState } from 'react';
import { template } from '../format/format';
import { formatDay } from './dates';
import { DateRangePicker } from './DateRangePicker';
import { DimensionFilters } from './DimensionFilters';
import { FieldSelect } from './Field';
import type { CreditUsageChartLocalization } from './localization';
import { granularities, usagePresets } from './range';
import type { CreditUsageChartModel } from './useCreditUsageChart';
import { ALL_POOLS, type UsageGranularity, type UsagePool, type UsagePreset } from './types';

const CUSTOM = 'custom';
const GLOBAL = '@global';
const ALL = '@all';

const poolOption = (pool: UsagePool) => (pool === null ? GLOBAL : pool === ALL_POOLS ? ALL : pool);
const poolValue = (option: string): UsagePool => (option === GLOBAL ? null : option === ALL ? ALL_POOLS : option);

/** What the controls read of the chart's state: each part stays the same object while it is unchanged. */
export type UsageFiltersState = Pick<
  CreditUsageChartModel,
  'value' | 'update' | 'locale' | 'days' | 'dimensions' | 'resources' | 'pool' | 'allowedGranularities'
>;

export interface UsageFiltersProps extends UsageFiltersState {
  text: CreditUsageChartLocalization;
}

/**
 * Range, dates, granularity, grouping, pool and dimension filters: every control writes one value.
 * Memoized: the answer's arrival and a legend toggle leave the filters as they were.
 */
export const UsageFilters = memo(function UsageFilters(props: UsageFiltersProps) {
  const { value, update, locale, text } = props;
  const [calendarOpen, setCalendarOpen] = useState(false);
  const granularityName = useId();
  const range = value.range;
  const { first: firstDay, last: lastDay, today } = props.days;
  const dates = { from: formatDay(firstDay, locale), to: formatDay(lastDay, locale) };

  const groupKeys = new Set(['feature', ...props.dimensions.map((d) => d.key), value.groupBy]);
  const resourceIds = new Set(props.resources.map((r) => r.id));
  const pool = poolOption(props.pool);

  return (
    <div className="ck-usage-chart__controls" data-part="controls">
      <div className="ck-usage-chart__row">
        <FieldSelect
          part="range"
          label={text.range}
          value={'preset' in range ? range.preset : CUSTOM}
          options={[
            ...usagePresets.map((preset) => ({ value: preset, label: text.presets[preset] })),
            { value: CUSTOM, label: text.custom },
          ]}
          onChange={(next) =>
            next === CUSTOM ? setCalendarOpen(true) : update({ range: { preset: next as UsagePreset } })
          }
        />
        <DateRangePicker
          from={firstDay}
          to={lastDay}
          today={today}
          locale={locale}
          text={text}
          buttonText={template(text.dates, dates)}
          buttonLabel={text.chooseDates}
          open={calendarOpen}
          onOpenChange={setCalendarOpen}
          onApply={(custom) => update({ range: custom })}
        />
        <fieldset className="ck-usage-chart__segmented" data-part="granularity">
          <legend className="ck-visually-hidden">{text.granularity}</legend>
          {granularities.map((granularity: UsageGranularity) => {
            const allowed = props.allowedGranularities.includes(granularity);
            return (
              <label
                key={granularity}
                className="ck-usage-chart__segment"
                data-state={granularity === value.granularity ? 'on' : allowed ? 'off' : 'disabled'}
              >
                <input
                  type="radio"
                  name={granularityName}
                  value={granularity}
                  checked={granularity === value.granularity}
                  disabled={!allowed}
                  onChange={() => update({ granularity })}
                />
                <span>{text.granularities[granularity]}</span>
              </label>
            );
          })}
        </fieldset>
      </div>
      <div className="ck-usage-chart__row">
        <FieldSelect
          part="group-by"
          label={text.groupBy}
          value={value.groupBy}
          options={[...groupKeys].map((key) => ({ value: key, label: key === 'feature' ? text.feature : key }))}
          onChange={(groupBy) => update({ groupBy })}
        />
        <FieldSelect
          part="pool"
          label={text.pool}
          value={pool}
          options={[
            { value: GLOBAL, label: text.globalPool },
            { value: ALL, label: text.allPools },
            ...props.resources.map((r) => ({ value: r.id, label: r.name })),
            // A pool given by the host but not (yet) listed keeps a visible choice.
            ...(pool !== GLOBAL && pool !== ALL && !resourceIds.has(pool) ? [{ value: pool, label: pool }] : []),
          ]}
          onChange={(option) => update({ pool: poolValue(option) })}
        />
        <DimensionFilters
          dimensions={props.dimensions}
          filters={value.filters}
          onChange={(filters) => update({ filters })}
          text={text}
        />
      </div>
    </div>
  );
});
