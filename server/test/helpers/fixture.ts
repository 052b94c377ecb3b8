import type { CreditEngine } from '@creditkit/core';
import { expect } from 'vitest';

export const CURRENCY = 'credits';
export const FEATURE = 'call';
export const CUSTOMER_A = 'customer-a';
export const CUSTOMER_B = 'customer-b';
export const RESOURCE_A = 'workspace-a';
const admin = { type: 'admin', id: 'test' } as const;

/**
 * A small catalogue for reliability tests: one hard-limited currency of whole credits, one
 * feature costing 1 credit per unit, two customers (A with a workspace), and `credits` on A's
 * global pool.
 */
export async function defineBasics(engine: CreditEngine, credits = '100'): Promise<void> {
  await engine.defineCurrency({
    id: CURRENCY,
    displayName: 'Credits',
    unitSingular: 'credit',
    unitPlural: 'credits',
    precision: 0,
    enforcement: 'hard',
    lowBalanceThreshold: null,
    checkout: {
      billingCurrency: 'USD',
      minorUnits: 2,
      pricePerCredit: '0.01',
      taxRate: '0.2',
      packs: [{ id: 'pack-100', credits: '100', label: 'Starter' }],
      customMin: '10',
      customMax: '10000',
      quoteTtlSeconds: 900,
    },
  });
  await engine.defineFeature({ id: FEATURE, currencyId: CURRENCY, displayName: 'API call', unit: 'call', rate: '1' });
  await engine.createCustomer({ id: CUSTOMER_A, name: 'Customer A' });
  await engine.createCustomer({ id: CUSTOMER_B, name: 'Customer B' });
  await engine.createResource({ customerId: CUSTOMER_A, id: RESOURCE_A, name: 'Workspace A', type: 'workspace' });
  const pool = { customerId: CUSTOMER_A, currencyId: CURRENCY, resourceId: null };
  await engine.createGrant({ ...pool, type: 'paid', amount: credits, actor: admin });
  await engine.createGrant({ ...pool, resourceId: RESOURCE_A, type: 'promotional', amount: '10', actor: admin });
  await engine.createGrant({ ...pool, customerId: CUSTOMER_B, type: 'paid', amount: '10', actor: admin });
}

export const poolA = { customerId: CUSTOMER_A, currencyId: CURRENCY, resourceId: null } as const;

/** SPEC §1's invariants on one pool: balance = Σ active remaining − overage = Σ ledger, never negative when hard. */
export function expectPoolInvariants(
  engine: CreditEngine,
  pool: { customerId: string; currencyId: string; resourceId: string | null } = poolA,
): void {
  const balance = engine.balance(pool);
  let active = 0n;
  for (let cursor: string | null = null, first = true; first || cursor; first = false) {
    const page = engine.listGrants({ ...pool, cursor, limit: 500 });
    for (const grant of page.items) {
      expect(BigInt(grant.remaining) >= 0n && BigInt(grant.remaining) <= BigInt(grant.amount)).toBe(true);
      if (grant.status === 'active') active += BigInt(grant.remaining);
    }
    cursor = page.nextCursor;
  }
  let ledger = 0n;
  for (let cursor: string | null = null, first = true; first || cursor; first = false) {
    const page = engine.listLedger({ ...pool, cursor, limit: 500 });
    for (const entry of page.items) ledger += BigInt(entry.amount);
    cursor = page.nextCursor;
  }
  expect(BigInt(balance.balance)).toBe(active - BigInt(balance.overage));
  expect(BigInt(balance.balance)).toBe(ledger);
  expect(BigInt(balance.balance) >= 0n).toBe(true);
}
