export { CreditUtilization, defaultCreditUtilizationLocalization } from './CreditUtilization';
export type { CreditUtilizationLocalization, CreditUtilizationProps } from './CreditUtilization';
export { useCreditUtilization } from './useCreditUtilization';
export type {
  CreditUtilizationState,
  UseCreditUtilizationOptions,
  UtilizationThresholds,
} from './useCreditUtilization';
