import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { formatAmount, type NumberOptions } from '../format/format';
import { useCreditsContext } from '../provider/context';
import { creditQueries } from '../queries';
import { buildUsageModel, visibleTable, visibleTotals, type UsageTableModel } from './model';
import { usageQueries } from './queries';
import { allowedGranularities, fitGranularity, resolveWindow, toDay } from './range';
import { ALL_POOLS, type UsageChartValue, type UsagePool } from './types';
import { useControllableValue } from './useControllableValue';

export interface UseCreditUsageChartOptions extends NumberOptions {
  /** The credit currency to chart, e.g. `cred-type-ai-tokens`. */
  currencyId: string;
  /** The pool shown when the value names none; overrides the provider's. `null` = global pool, `'*'` = all pools. */
  resourceId?: UsagePool;
  /** Series past this many (by total) are folded into one "Other" series. Default: `8`. */
  maxSeries?: number;
  /** The chart's filters when the host controls them (e.g. from its URL); pair with `onChange`. */
  value?: UsageChartValue;
  /** The filters the chart opens with when uncontrolled. Default: last 30 days, by day, by feature, no filters. */
  defaultValue?: Partial<UsageChartValue>;
  /** Hears every change of the filters, as one value object. */
  onChange?: (value: UsageChartValue) => void;
  /** The moment presets are measured from. Default: now. */
  now?: Date;
}

export type CreditUsageChartState = 'loading' | 'error' | 'empty' | 'ok';

// One empty list for "not loaded yet", so a render before the answer does not look like a change.
const NONE: never[] = [];

const initialValue: UsageChartValue = {
  range: { preset: 'last_30_days' },
  granularity: 'day',
  groupBy: 'feature',
  filters: {},
};

/** Headless state of the usage chart: filters, data, derived series and actions, without markup. */
export function useCreditUsageChart(options: UseCreditUsageChartOptions) {
  const { currencyId, resourceId, maxSeries = 8, value: controlledValue, defaultValue, onChange, now } = options;
  const { decimalPlaces, showUnits, showSymbol, compact } = options;
  const context = useCreditsContext();
  const [rawValue, setRawValue] = useControllableValue(controlledValue, { ...initialValue, ...defaultValue }, onChange);

  // Presets are measured from a moment fixed at mount (or given), so re-renders keep one query key.
  const [mountedAt] = useState(() => Date.now());
  const nowMs = now ? now.getTime() : mountedAt;

  const timeZone = context.timeZone;
  // Zoned calendar arithmetic is slow next to a render; it changes only with the range.
  const calendar = useMemo(() => {
    const granularity = fitGranularity(rawValue.range, rawValue.granularity, nowMs, timeZone);
    const window = resolveWindow(rawValue.range, granularity, nowMs, timeZone);
    return {
      granularity,
      window,
      days: {
        first: toDay(Date.parse(window.from), timeZone),
        last: toDay(Date.parse(window.to) - 1, timeZone),
        today: toDay(nowMs, timeZone),
      },
      allowedGranularities: allowedGranularities(resolveWindow(rawValue.range, 'day', nowMs, timeZone)),
    };
  }, [rawValue.range, rawValue.granularity, nowMs, timeZone]);
  const { granularity, window } = calendar;
  const value = useMemo<UsageChartValue>(
    () => (granularity === rawValue.granularity ? rawValue : { ...rawValue, granularity }),
    [rawValue, granularity],
  );
  const pool: UsagePool =
    value.pool !== undefined ? value.pool : resourceId !== undefined ? resourceId : context.resourceId;
  const scope = { customerId: context.customerId, currencyId, pool, from: window.from, to: window.to };

  const client = context.client;
  const usage = useQuery(
    usageQueries.usage(client, {
      ...scope,
      granularity,
      timeZone,
      groupBy: value.groupBy,
      filters: value.filters,
      maxSeries,
    }),
  );
  const dimensions = useQuery(usageQueries.dimensions(client, scope));
  const resources = useQuery(usageQueries.resources(client, context.customerId));
  // Units and precision come from the pool's balance, which the balance widgets share.
  const balance = useQuery(
    creditQueries.balance(context.client, {
      customerId: context.customerId,
      currencyId,
      resourceId: pool === ALL_POOLS ? null : pool,
    }),
  );

  const update = useCallback(
    (patch: Partial<UsageChartValue>) => {
      const next = { ...value, ...patch };
      setRawValue({ ...next, granularity: fitGranularity(next.range, next.granularity, nowMs, timeZone) });
    },
    [value, setRawValue, nowMs, timeZone],
  );

  const data = usage.data;
  const model = useMemo(() => (data ? buildUsageModel(data) : undefined), [data]);
  const [hiddenKeys, setHiddenKeys] = useState<ReadonlySet<string>>(() => new Set());
  const hidden = useMemo(
    () => new Set(model?.series.filter((s) => hiddenKeys.has(s.key)).map((s) => s.key)),
    [model, hiddenKeys],
  );
  // The header needs only the total; the rows' totals (a decimal sum per bucket) wait until the
  // table or the CSV asks for them, then are kept for this answer and these hidden series.
  const total = useMemo(
    () => (data && model ? visibleTotals(data, model, hidden).total : undefined),
    [data, model, hidden],
  );
  const tableOf = useMemo(() => {
    let table: UsageTableModel | undefined;
    return () => (table ??= data && model ? visibleTable(data, model, hidden) : undefined);
  }, [data, model, hidden]);
  const toggleSeries = useCallback(
    (key: string) =>
      setHiddenKeys((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );

  const dimensionList = dimensions.data?.dimensions ?? NONE;
  const currency = balance.data?.currency;
  const formatCredits = useCallback(
    (amount: string) =>
      formatAmount(amount, context.locale, currency ?? { unitSingular: '', unitPlural: '', precision: 6 }, {
        decimalPlaces,
        showSymbol,
        compact,
        showUnits: currency ? showUnits : false,
      }),
    [context.locale, currency, decimalPlaces, showSymbol, compact, showUnits],
  );

  const state: CreditUsageChartState = usage.isPending
    ? 'loading'
    : usage.isError && !data
      ? 'error'
      : !data || data.series.length === 0 || /^0(\.0*)?$/.test(data.total)
        ? 'empty'
        : 'ok';

  return {
    state,
    value,
    /** Changes some filters; granularity is kept within what the new window allows. */
    update,
    window,
    /** The window's first and last day and today, `YYYY-MM-DD` on the calendar of `timeZone`. */
    days: calendar.days,
    pool,
    /** The moment presets are measured from (epoch ms): the given `now`, else the mount time. */
    now: nowMs,
    allowedGranularities: calendar.allowedGranularities,
    data,
    model,
    /** What is shown, as a table (visible series, row and column totals); built on first read. */
    get table() {
      return tableOf();
    },
    /** Credits of the window across the visible series. */
    total,
    hidden,
    toggleSeries,
    dimensions: dimensionList,
    resources: resources.data?.data ?? NONE,
    locale: context.locale,
    timeZone,
    formatCredits,
    /** True while a new answer is on its way (the previous one stays on screen). */
    isFetching: usage.isFetching,
    error: usage.error,
    retry: () => void usage.refetch(),
  };
}

export type CreditUsageChartModel = ReturnType<typeof useCreditUsageChart>;
