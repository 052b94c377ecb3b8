export { CreditLedger, defaultCreditLedgerLocalization, ledgerTypeTone } from './CreditLedger';
export type { CreditLedgerLocalization, CreditLedgerProps } from './CreditLedger';
export { ledgerFilters, useCreditLedger } from './useCreditLedger';
export type {
  CreditLedgerState,
  LedgerFilterValue,
  LedgerPeriod,
  LedgerRow,
  LedgerTypeFilter,
  UseCreditLedgerOptions,
} from './useCreditLedger';
