export { CreditsProvider } from './provider/CreditsProvider';
export type { CreditsProviderProps } from './provider/CreditsProvider';
export { useCreditsContext, usePoolScope } from './provider/context';
export type { CreditsContextValue, CreditsTheme, TopUpController, TopUpRequest } from './provider/context';
export { creditQueries } from './queries';
export type { PoolScope } from './queries';
export { formatAmount, template } from './format/format';
export type { CreditUnit, NumberOptions } from './format/format';
export { compareDecimal, percentOf, subtractDecimal } from './format/decimal';
export { daysUntil, formatDate, formatDateTime, formatRelativeTime } from './format/date';
export * from './ui';
export * from './CreditBalance';
export * from './CreditUtilization';
export * from './CreditGrants';
export * from './CreditLedger';
export * from './ResourceSelector';
export { useControllableState } from './hooks/useControllableState';
export { useFeatureNames } from './hooks/useFeatureNames';
export type { CursorPage, ListState, Paging } from './hooks/pagedList';
export type { GrantFilters, LedgerFilters } from './queries';
export * from './TopUpCheckout';
export * from './AutoRecharge';
// The chart is its own entry, `@creditkit/react/CreditUsageChart` (it brings recharts and a
// calendar); only its types are re-exported here, so the main entry stays small.
export type { CreditUsageChartProps, UsageChartValue } from './CreditUsageChart';
