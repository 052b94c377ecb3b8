export { CreditBalance, defaultCreditBalanceLocalization } from './CreditBalance';
export type { CreditBalanceLocalization, CreditBalanceProps } from './CreditBalance';
export { useCreditBalance } from './useCreditBalance';
export type { CreditBalanceState, UseCreditBalanceOptions } from './useCreditBalance';
