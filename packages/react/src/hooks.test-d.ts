import type { Grant, LedgerEntry, Resource } from '@creditkit/client';
import { describe, expectTypeOf, it } from 'vitest';
import {
  useCreditBalance,
  useCreditGrants,
  useCreditLedger,
  useCreditUtilization,
  useResourceSelector,
  type CreditBalanceState,
  type CreditGrantsState,
  type CreditUtilizationState,
  type GrantStatusFilter,
  type LedgerFilterValue,
} from './index';

describe('hook types', () => {
  it('useCreditBalance needs a currency and returns its states and decimal strings', () => {
    expectTypeOf(useCreditBalance).parameter(0).toHaveProperty('currencyId').toEqualTypeOf<string>();
    expectTypeOf(useCreditBalance).parameter(0).toHaveProperty('resourceId').toEqualTypeOf<string | null | undefined>();
    expectTypeOf(useCreditBalance).returns.toHaveProperty('state').toEqualTypeOf<CreditBalanceState>();
    expectTypeOf(useCreditBalance).returns.toHaveProperty('balance').toEqualTypeOf<string | undefined>();
    expectTypeOf(useCreditBalance).returns.toHaveProperty('addCredits').toEqualTypeOf<(() => void) | undefined>();
  });

  it('useCreditUtilization takes partial thresholds and returns a numeric percent for the meter', () => {
    expectTypeOf(useCreditUtilization)
      .parameter(0)
      .toHaveProperty('thresholds')
      .toEqualTypeOf<Partial<{ warning: number; critical: number }> | undefined>();
    expectTypeOf(useCreditUtilization).returns.toHaveProperty('state').toEqualTypeOf<CreditUtilizationState>();
    expectTypeOf(useCreditUtilization).returns.toHaveProperty('percent').toBeNumber();
  });

  it('useCreditGrants is controllable and returns contract grants', () => {
    expectTypeOf(useCreditGrants).parameter(0).toHaveProperty('status').toEqualTypeOf<GrantStatusFilter | undefined>();
    expectTypeOf(useCreditGrants).returns.toHaveProperty('state').toEqualTypeOf<CreditGrantsState>();
    expectTypeOf(useCreditGrants).returns.toHaveProperty('rows').items.toHaveProperty('grant').toEqualTypeOf<Grant>();
    expectTypeOf(useCreditGrants).returns.toHaveProperty('setStatus').parameter(0).toEqualTypeOf<GrantStatusFilter>();
  });

  it('useCreditLedger filters by type and period and exports CSV text', () => {
    expectTypeOf(useCreditLedger).parameter(0).toHaveProperty('filters').toEqualTypeOf<LedgerFilterValue | undefined>();
    expectTypeOf(useCreditLedger)
      .returns.toHaveProperty('rows')
      .items.toHaveProperty('entry')
      .toEqualTypeOf<LedgerEntry>();
    expectTypeOf(useCreditLedger).returns.toHaveProperty('fetchCsv').returns.toEqualTypeOf<Promise<string>>();
  });

  it('useResourceSelector chooses a resource id or null for the global pool', () => {
    expectTypeOf(useResourceSelector).returns.toHaveProperty('selected').toEqualTypeOf<string | null>();
    expectTypeOf(useResourceSelector).returns.toHaveProperty('select').parameter(0).toEqualTypeOf<string | null>();
    expectTypeOf(useResourceSelector)
      .returns.toHaveProperty('choices')
      .items.toHaveProperty('resource')
      .toEqualTypeOf<Resource | null>();
  });
});
