export { UsageIndex } from './usage-index';
export type { UsagePoolSelector } from './usage-index';
export type { PoolColumns as UsageColumns } from './columns';
export { addBuckets, bucketStart, isTimeZone, nextBucket, MAX_BUCKETS, UTC } from './buckets';
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
