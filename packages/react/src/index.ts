export { CreditsProvider } from './provider/CreditsProvider';
export type { CreditsProviderProps } from './provider/CreditsProvider';
export { useCreditsContext } from './provider/context';
export type { CreditsContextValue, CreditsTheme } from './provider/context';
export { creditQueries } from './queries';
export type { PoolScope } from './queries';
export { formatAmount, template } from './format/format';
export type { CreditUnit, NumberOptions } from './format/format';
export * from './CreditBalance';
export * from './TopUpCheckout';
export * from './AutoRecharge';
// The chart is its own entry, `@creditkit/react/CreditUsageChart` (it brings recharts and a
// calendar); only its types are re-exported here, so the main entry stays small.
export type { CreditUsageChartProps, UsageChartValue } from './CreditUsageChart';
