import type { UsageGranularity, UsagePreset } from './types';

export interface CreditUsageChartLocalization {
  /** Heading. Default: `Credit usage`. */
  title: string;
  /** Read to screen readers while loading. Default: `Loading usage…`. */
  loading: string;
  /** Default: `Couldn't load usage.` */
  error: string;
  /** Default: `Retry`. */
  retry: string;
  /** Default: `No usage in this window`. */
  empty: string;
  /** Default: `Try a longer range or fewer filters.` */
  emptyHint: string;
  /** Label of the window's total and of the table's total row and column. Default: `Total`. */
  total: string;
  /** Default: `Range`. */
  range: string;
  /** Names of the presets. */
  presets: Record<UsagePreset, string>;
  /** The range choice that opens the calendar. Default: `Custom range…`. */
  custom: string;
  /** The dates button; `{from}` and `{to}` are the window's first and last day. Default: `{from} – {to}`. */
  dates: string;
  /** Read by screen readers before the dates button's visible dates. Default: `Choose dates:`. */
  chooseDates: string;
  /** Default: `Apply`. */
  apply: string;
  /** Default: `Cancel`. */
  cancel: string;
  /** Hint in the calendar before two days are picked. Default: `Pick the first and last day.` */
  pickDays: string;
  /** Calendar navigation. Default: `Previous month`. */
  previousMonth: string;
  /** Default: `Next month`. */
  nextMonth: string;
  /** Names the calendar dialog. Default: `Custom range`. */
  calendar: string;
  /** Default: `Granularity`. */
  granularity: string;
  /** Names of the granularities. */
  granularities: Record<UsageGranularity, string>;
  /** Default: `Group by`. */
  groupBy: string;
  /** The group-by choice for features. Default: `Feature`. */
  feature: string;
  /** Default: `Pool`. */
  pool: string;
  /** Default: `Global pool`. */
  globalPool: string;
  /** Default: `All pools`. */
  allPools: string;
  /** Names the filter group. Default: `Filters`. */
  filters: string;
  /** A filter button with selections; `{key}` and `{count}`. Default: `{key} · {count}`. */
  filterCount: string;
  /** Default: `Clear filters`. */
  clearFilters: string;
  /** Names the legend. Default: `Series (press to show or hide)`. */
  legend: string;
  /** Default: `Chart`. */
  chartView: string;
  /** Default: `Table`. */
  tableView: string;
  /** Names the view switch. Default: `View`. */
  view: string;
  /** Default: `Download CSV`. */
  downloadCsv: string;
  /** Default: `credit-usage-{from}-{to}.csv`. */
  csvFilename: string;
  /** First column of the table and the CSV. Default: `Period`. */
  period: string;
  /** The table's caption; `{from}`, `{to}`, `{granularity}`. Default: `Credits used from {from} to {to}, {granularity}`. */
  tableCaption: string;
  /** The chart's accessible name; `{groupBy}`. Default: `Stacked bars of credits used over time, by {groupBy}`. */
  chartLabel: string;
  /** Week buckets in the tooltip and table; `{date}` is the week's first day. Default: `Week of {date}`. */
  weekOf: string;
}

export const defaultCreditUsageChartLocalization: CreditUsageChartLocalization = {
  title: 'Credit usage',
  loading: 'Loading usage…',
  error: "Couldn't load usage.",
  retry: 'Retry',
  empty: 'No usage in this window',
  emptyHint: 'Try a longer range or fewer filters.',
  total: 'Total',
  range: 'Range',
  presets: {
    last_24_hours: 'Last 24 hours',
    last_7_days: 'Last 7 days',
    last_30_days: 'Last 30 days',
    last_90_days: 'Last 90 days',
    this_month: 'This month',
    last_month: 'Last month',
    last_12_months: 'Last 12 months',
  },
  custom: 'Custom range…',
  dates: '{from} – {to}',
  chooseDates: 'Choose dates:',
  apply: 'Apply',
  cancel: 'Cancel',
  pickDays: 'Pick the first and last day.',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  calendar: 'Custom range',
  granularity: 'Granularity',
  granularities: { hour: 'Hourly', day: 'Daily', week: 'Weekly', month: 'Monthly' },
  groupBy: 'Group by',
  feature: 'Feature',
  pool: 'Pool',
  globalPool: 'Global pool',
  allPools: 'All pools',
  filters: 'Filters',
  filterCount: '{key} · {count}',
  clearFilters: 'Clear filters',
  legend: 'Series (press to show or hide)',
  chartView: 'Chart',
  tableView: 'Table',
  view: 'View',
  downloadCsv: 'Download CSV',
  csvFilename: 'credit-usage-{from}-{to}.csv',
  period: 'Period',
  tableCaption: 'Credits used from {from} to {to}, {granularity}',
  chartLabel: 'Stacked bars of credits used over time, by {groupBy}',
  weekOf: 'Week of {date}',
};

/** What the `localization` prop takes: some or all of the strings, down to a single preset's name. */
export type CreditUsageChartLocalizationInput = Partial<
  Omit<CreditUsageChartLocalization, 'presets' | 'granularities'>
> & {
  presets?: Partial<CreditUsageChartLocalization['presets']>;
  granularities?: Partial<CreditUsageChartLocalization['granularities']>;
};

/** Deep enough merge for the two nested maps, so a host can translate one preset alone. */
export function mergeLocalization(partial: CreditUsageChartLocalizationInput = {}): CreditUsageChartLocalization {
  const base = defaultCreditUsageChartLocalization;
  return {
    ...base,
    ...partial,
    presets: { ...base.presets, ...partial.presets },
    granularities: { ...base.granularities, ...partial.granularities },
  };
}
