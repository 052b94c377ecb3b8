export { CreditGrants, defaultCreditGrantsLocalization, grantStatusTone, grantTypeTone } from './CreditGrants';
export type { CreditGrantsLocalization, CreditGrantsProps } from './CreditGrants';
export { useCreditGrants } from './useCreditGrants';
export type {
  CreditGrantsState,
  GrantRow,
  GrantSort,
  GrantSortKey,
  GrantStatusFilter,
  UseCreditGrantsOptions,
} from './useCreditGrants';
