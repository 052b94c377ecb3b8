import { useCallback, useId, useMemo, useState } from 'react';
import { template } from '../format/format';
import { usageCsv, downloadText } from './csv';
import { formatBucket, formatDay, formatTick } from './dates';
import { mergeLocalization, type CreditUsageChartLocalizationInput } from './localization';
import { UsageBars, type UsageBarsProps } from './UsageBars';
import { useWidth } from './useWidth';
import { UsageFilters } from './UsageFilters';
import { UsageLegend } from './UsageLegend';
import { UsageTable } from './UsageTable';
import { useCreditUsageChart, type UseCreditUsageChartOptions } from './useCreditUsageChart';
import './CreditUsageChart.css';

export interface CreditUsageChartProps extends UseCreditUsageChartOptions {
  /** Every visible string; missing keys fall back to English. */
  localization?: CreditUsageChartLocalizationInput;
  /** Extra class on the root, beside the stable `ck-usage-chart`. */
  className?: string;
}

type View = 'chart' | 'table';

/**
 * Where the credits went: stacked bars over time by feature or any dimension, with presets, a
 * custom range, granularity, pool and dimension filters, a legend that toggles series, a table
 * view and a CSV download. Composed from parts; `useCreditUsageChart` holds the state.
 */
export function CreditUsageChart({ localization, className, ...options }: CreditUsageChartProps) {
  const text = useMemo(() => mergeLocalization(localization), [localization]);
  const chart = useCreditUsageChart(options);
  const { locale, timeZone, value, total, model, formatCredits } = chart;
  const granularity = value.granularity;
  const [view, setView] = useState<View>('chart');
  const titleId = useId();
  const viewName = useId();
  // Measured while the skeleton shows, so the data's arrival draws the chart once, at its width.
  const [bodyRef, plotWidth] = useWidth<HTMLDivElement>(640);

  const bucketLabel = useCallback(
    (bucket: string) => {
      const label = formatBucket(bucket, granularity, locale, timeZone);
      return granularity === 'week' ? template(text.weekOf, { date: label }) : label;
    },
    [granularity, locale, timeZone, text.weekOf],
  );
  const tickLabel = useCallback(
    (bucket: string) => formatTick(bucket, granularity, locale, timeZone),
    [granularity, locale, timeZone],
  );
  const axisNumber = useMemo(() => {
    const format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    return (n: number) => format.format(n);
  }, [locale]);

  const window = {
    from: formatDay(chart.days.first, locale),
    to: formatDay(chart.days.last, locale),
  };
  const groupName = value.groupBy === 'feature' ? text.feature.toLowerCase() : value.groupBy;
  const chartLabel = template(text.chartLabel, { groupBy: groupName });
  const caption = template(text.tableCaption, {
    ...window,
    granularity: text.granularities[granularity].toLowerCase(),
  });

  const visibleSeries = useMemo(
    () => model?.series.filter((s) => !chart.hidden.has(s.key)) ?? [],
    [model, chart.hidden],
  );
  const barsProps: UsageBarsProps | undefined = model && {
    rows: model.rows,
    series: visibleSeries,
    cells: model.cells,
    allSeries: model.series,
    label: chartLabel,
    formatTick: tickLabel,
    formatBucket: bucketLabel,
    formatAxisNumber: axisNumber,
    formatCredits,
    totalLabel: text.total,
    width: plotWidth,
  };

  const download = () => {
    const table = chart.table;
    if (!table) return;
    const csv = usageCsv(table, { period: text.period, total: text.total });
    const filename = template(text.csvFilename, { from: chart.days.first, to: chart.days.last });
    downloadText(csv, filename);
  };

  const classes = ['ck-card', 'ck-usage-chart', className].filter(Boolean).join(' ');
  return (
    <section
      className={classes}
      data-state={chart.state}
      data-fetching={chart.isFetching ? 'true' : undefined}
      aria-labelledby={titleId}
      aria-busy={chart.state === 'loading' || chart.isFetching}
    >
      <header className="ck-usage-chart__header">
        <div>
          <h2 className="ck-usage-chart__title" id={titleId} data-part="title">
            {text.title}
          </h2>
          {chart.state === 'ok' && total !== undefined && (
            <p className="ck-usage-chart__total" data-part="total">
              <span className="ck-usage-chart__total-value">{formatCredits(total)}</span>
              <span className="ck-usage-chart__total-label">
                {' '}
                {text.total.toLowerCase()} · {template(text.dates, window)}
              </span>
            </p>
          )}
        </div>
        <div className="ck-usage-chart__actions">
          <fieldset className="ck-usage-chart__segmented" data-part="view">
            <legend className="ck-visually-hidden">{text.view}</legend>
            {(['chart', 'table'] as const).map((option) => (
              <label key={option} className="ck-usage-chart__segment" data-state={view === option ? 'on' : 'off'}>
                <input
                  type="radio"
                  name={viewName}
                  value={option}
                  checked={view === option}
                  onChange={() => setView(option)}
                />
                <span>{option === 'chart' ? text.chartView : text.tableView}</span>
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="ck-usage-chart__button"
            onClick={download}
            disabled={chart.state !== 'ok'}
            data-part="download"
          >
            {text.downloadCsv}
          </button>
        </div>
      </header>

      <UsageFilters
        value={value}
        update={chart.update}
        locale={locale}
        days={chart.days}
        dimensions={chart.dimensions}
        resources={chart.resources}
        pool={chart.pool}
        allowedGranularities={chart.allowedGranularities}
        text={text}
      />

      <div className="ck-usage-chart__body" ref={bodyRef}>
        {chart.state === 'loading' && (
          <div className="ck-usage-chart__skeleton" data-part="skeleton">
            {Array.from({ length: 18 }, (_, i) => (
              <span key={i} className="ck-skeleton" style={{ height: `${30 + ((i * 37) % 60)}%` }} />
            ))}
            <span className="ck-visually-hidden">{text.loading}</span>
          </div>
        )}
        {chart.state === 'error' && (
          <div className="ck-error ck-usage-chart__message" role="alert" data-part="error">
            <span>{text.error}</span>
            <button type="button" className="ck-usage-chart__button" onClick={chart.retry} data-part="retry">
              {text.retry}
            </button>
          </div>
        )}
        {chart.state === 'empty' && (
          <div className="ck-usage-chart__message" data-part="empty">
            <p className="ck-usage-chart__empty-title">{text.empty}</p>
            <p className="ck-usage-chart__empty-hint">{text.emptyHint}</p>
          </div>
        )}
        {chart.state === 'ok' && barsProps && view === 'chart' && <UsageBars {...barsProps} />}
        {chart.state === 'ok' && view === 'table' && chart.table && (
          <UsageTable
            table={chart.table}
            caption={caption}
            periodLabel={text.period}
            totalLabel={text.total}
            formatBucket={bucketLabel}
            formatCredits={formatCredits}
          />
        )}
      </div>
      {chart.state === 'ok' && model && (
        <UsageLegend
          label={text.legend}
          series={model.series}
          totals={chart.data?.series.map((s) => s.total) ?? []}
          hidden={chart.hidden}
          onToggle={chart.toggleSeries}
          formatCredits={formatCredits}
        />
      )}
    </section>
  );
}
