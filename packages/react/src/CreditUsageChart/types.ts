import type { Resource, UsageDimensions, UsageQueryResult, UsageSeries } from '@creditkit/client';

/** `'*'` as a chart's pool: every pool of the customer (the global pool and every resource's). */
export const ALL_POOLS = '*';

/** Which pool the chart reads: a resource id, `null` for the global pool, or `'*'` for all pools. */
export type UsagePool = string | null | typeof ALL_POOLS;

export type UsageGranularity = 'hour' | 'day' | 'week' | 'month';

export type UsagePreset =
  'last_24_hours' | 'last_7_days' | 'last_30_days' | 'last_90_days' | 'this_month' | 'last_month' | 'last_12_months';

/**
 * The window: a preset that moves with time, or a custom range of whole UTC days written
 * `YYYY-MM-DD`, both ends included (so it survives a round trip through a URL unchanged).
 */
export type UsageRange = { preset: UsagePreset } | { from: string; to: string };

/**
 * Everything a person can change on the chart, as one value: what `value` / `defaultValue`
 * take and `onChange` hands back, so a host can keep it in its URL.
 */
export interface UsageChartValue {
  range: UsageRange;
  granularity: UsageGranularity;
  /** `feature` or a dimension key such as `model` or `user_id`. */
  groupBy: string;
  /** Dimension filters: values of one key are alternatives, different keys must all match. */
  filters: Record<string, string[]>;
  /** The pool shown; omitted means the provider's (or the widget's `resourceId`). */
  pool?: UsagePool;
}

/** A usage series as the contract returns it: credits per bucket as decimal strings. */
export type UsageSeriesData = UsageSeries;

/** The usage query's answer (the contract's `UsageQueryResult`). */
export type UsageData = UsageQueryResult;

/** The dimensions listing: every key seen in the window and its values, most used first. */
export type UsageDimensionsData = UsageDimensions;

export type UsageResource = Resource;
