import { CreditEngine, ManualClock, MemoryStore } from '@creditkit/core';
import type { ApiContext, Principal, RawInput } from '../context';
import { handle } from '../handle';
import type { OperationId } from '@creditkit/client';

export const NOW = '2026-11-15T12:00:00.000Z';
export const secret: Principal = { kind: 'secret' };
export const customer = (
  customerId: string,
  more: Partial<Extract<Principal, { kind: 'customer' }>> = {},
): Principal => ({
  kind: 'customer',
  customerId,
  resourceIds: null,
  scopes: ['read', 'checkout', 'auto_recharge'],
  ...more,
});

/** An engine with one currency for sale, a feature, two customers (c1 with a workspace) and credits on c1. */
export async function fixture() {
  const clock = new ManualClock(NOW);
  let n = 0;
  const engine = await CreditEngine.open({ store: new MemoryStore(), clock, newId: (p) => `${p}_${++n}` });
  await engine.defineCurrency({
    id: 'tokens',
    displayName: 'AI Tokens',
    unitSingular: 'token',
    unitPlural: 'tokens',
    precision: 3,
    enforcement: 'hard',
    lowBalanceThreshold: '100',
    checkout: {
      billingCurrency: 'USD',
      minorUnits: 2,
      pricePerCredit: '0.01',
      taxRate: '0.2',
      packs: [{ id: 'small', credits: '1000', label: 'Starter' }],
      customMin: '100',
      customMax: '100000',
      quoteTtlSeconds: 900,
    },
  });
  await engine.defineFeature({ id: 'chat', currencyId: 'tokens', displayName: 'Chat', unit: 'token', rate: '0.002' });
  await engine.createCustomer({ id: 'c1', name: 'Acme' });
  await engine.createCustomer({ id: 'c2', name: 'Globex' });
  await engine.createResource({ customerId: 'c1', id: 'ws-1', name: 'Workspace 1', type: 'workspace' });
  const admin = { type: 'admin', id: 'test' } as const;
  await engine.createGrant({
    customerId: 'c1',
    currencyId: 'tokens',
    resourceId: null,
    type: 'paid',
    amount: '500',
    actor: admin,
  });
  await engine.createGrant({
    customerId: 'c1',
    currencyId: 'tokens',
    resourceId: 'ws-1',
    type: 'promotional',
    amount: '50',
    actor: admin,
  });
  const context = (principal: Principal | null, more: Partial<ApiContext> = {}): ApiContext => ({
    engine,
    principal,
    ...more,
  });
  const call = (principal: Principal | null, id: OperationId, raw: RawInput = {}, more: Partial<ApiContext> = {}) =>
    handle(context(principal, more), id, raw);
  return { engine, clock, context, call };
}
