export { UsageIndex } from './usage-index';
export type { UsagePoolSelector } from './usage-index';
export { bucketStart, nextBucket, MAX_BUCKETS } from './buckets';
export { ALL_POOLS } from './types';
export type {
  Instant,
  UsageDimensionKey,
  UsageDimensionValue,
  UsageDimensionsParams,
  UsageDimensionsResult,
  UsageFact,
  UsageGranularity,
  UsageGroupBy,
  UsageQueryParams,
  UsageQueryResult,
  UsageSelection,
  UsageSeries,
  UsageSeriesKind,
} from './types';
