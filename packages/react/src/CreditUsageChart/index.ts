export { CreditUsageChart } from './CreditUsageChart';
export type { CreditUsageChartProps } from './CreditUsageChart';
export { defaultCreditUsageChartLocalization } from './localization';
export type { CreditUsageChartLocalization, CreditUsageChartLocalizationInput } from './localization';
export { useCreditUsageChart } from './useCreditUsageChart';
export type { CreditUsageChartModel, CreditUsageChartState, UseCreditUsageChartOptions } from './useCreditUsageChart';
export { usageQueries, normalizeFilters } from './queries';
export type { UsageQuery, UsageScope } from './queries';
export { ALL_POOLS } from './types';
export type {
  UsageChartValue,
  UsageData,
  UsageDimensionsData,
  UsageGranularity,
  UsagePool,
  UsagePreset,
  UsageRange,
  UsageResource,
  UsageSeriesData,
} from './types';
