import type { DecimalString } from '../types';

/** One consumption as the usage index stores it: already priced, already attributed to a pool. */
export interface UsageFact {
  customerId: string;
  currencyId: string;
  /** The resource whose pool paid; `null` = the customer's global pool. */
  resourceId: string | null;
  featureId: string;
  /** When the usage happened, epoch milliseconds (UTC). */
  at: number;
  /** Credits consumed, in units of the currency's precision (`10^-precision` credits). */
  units: bigint;
  /** Free string pairs from the usage event (`user_id`, `model`, …). */
  dimensions: Readonly<Record<string, string>>;
}

/** Width of one chart bucket. Every bucket is aligned in UTC; weeks start on Monday 00:00 UTC. */
export type UsageGranularity = 'hour' | 'day' | 'week' | 'month';

/** `feature`: one series per feature; `dimension`: one per value of `dimension`; `none`: one series. */
export type UsageGroupBy = 'feature' | 'dimension' | 'none';

/** Selects every pool of a customer and currency instead of one. */
export const ALL_POOLS = '*';

/** A moment: epoch milliseconds or an ISO 8601 string. */
export type Instant = number | string;

/** Which usage a query or a dimensions listing looks at. */
export interface UsageSelection {
  customerId: string;
  currencyId: string;
  /** One pool (a resource id, or `null` for the global pool) or `'*'` for all pools of the customer. */
  resourceId: string | null | typeof ALL_POOLS;
  /** Start of the window, included. */
  from: Instant;
  /** End of the window, excluded: the window is `[from, to)`. */
  to: Instant;
  /** Only these features (any of them). Default: every feature. */
  features?: readonly string[];
  /**
   * Dimension filters: an event matches when, for every key listed, its value is one of the
   * values listed (values OR'd within a key, keys AND'd). An event lacking a filtered key never
   * matches. Default: no filter.
   */
  filters?: Readonly<Record<string, readonly string[]>>;
}

export interface UsageQueryParams extends UsageSelection {
  /** Bucket width. */
  granularity: UsageGranularity;
  /**
   * The IANA time zone whose wall clock cuts days, weeks and months (`Europe/Berlin`). Default
   * `UTC`. Hours are the zone's hours too, which differ from UTC's only in half-hour zones.
   */
  timeZone?: string;
  /** How to split the usage into series. Default `'feature'`. */
  groupBy?: UsageGroupBy;
  /** The dimension key to group by; required when `groupBy` is `'dimension'`. */
  dimension?: string;
  /**
   * At most this many series: the largest `maxSeries - 1` by total are kept and the rest are
   * folded into one `Other` series. Default: no folding.
   */
  maxSeries?: number;
  /** Decimal places of the currency, used to write units as decimal strings. */
  precision: number;
}

/** `value`: a feature id or dimension value; `none`: events lacking the grouped key; `other`: the folded tail. */
export type UsageSeriesKind = 'value' | 'none' | 'other' | 'total';

export interface UsageSeries {
  /** The feature id or dimension value; `(none)`, `(other)` or `(total)` for the special kinds. */
  key: string;
  kind: UsageSeriesKind;
  /** Human label for the special kinds (`(none)`, `Other`, `Total`); absent for plain values. */
  label?: string;
  /** Credits per bucket, one per entry of `buckets`. */
  points: DecimalString[];
  /** Sum of `points`. */
  total: DecimalString;
}

export interface UsageQueryResult {
  customerId: string;
  currencyId: string;
  resourceId: string | null | typeof ALL_POOLS;
  /** The window as given, as ISO strings. */
  from: string;
  to: string;
  granularity: UsageGranularity;
  /** The zone the buckets were cut in. */
  timeZone: string;
  groupBy: UsageGroupBy;
  dimension?: string;
  precision: number;
  /** ISO start of every bucket that overlaps the window, in order, empty ones included. */
  buckets: string[];
  /** Sorted by total, largest first (ties by key); an `Other` series comes last. */
  series: UsageSeries[];
  /** Credits in the window after filters. */
  total: DecimalString;
}

export interface UsageDimensionsParams extends UsageSelection {
  /** Decimal places of the currency. */
  precision: number;
  /** At most this many values per key (the largest by total). Default: all. */
  maxValuesPerKey?: number;
}

export interface UsageDimensionValue {
  value: string;
  /** Number of events with this value. */
  count: number;
  total: DecimalString;
}

export interface UsageDimensionKey {
  key: string;
  /** Number of events carrying this key. */
  count: number;
  total: DecimalString;
  /** Sorted by total, largest first (ties by value). */
  values: UsageDimensionValue[];
  /** True when `maxValuesPerKey` left values out. */
  truncated: boolean;
}

export interface UsageDimensionsResult {
  customerId: string;
  currencyId: string;
  resourceId: string | null | typeof ALL_POOLS;
  from: string;
  to: string;
  /** Events in the window after filters. */
  count: number;
  total: DecimalString;
  /** Every dimension key seen in the window, sorted by key. */
  keys: UsageDimensionKey[];
}
