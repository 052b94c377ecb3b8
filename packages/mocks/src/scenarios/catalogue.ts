import type { Actor, CreditEngine, EnforcementMode, PoolKey } from '@creditkit/core';

export const CUSTOMER_ID = 'customer-demo-01';
export const CURRENCY_ID = 'cred-type-ai-tokens';

export const system: Actor = { type: 'system', id: 'mock' };
export const subscription: Actor = { type: 'subscription', id: 'sub-pro-monthly' };

/** The pool of the demo customer: the global pool unless a resource is named. */
export const pool = (resourceId: string | null = null): PoolKey => ({
  customerId: CUSTOMER_ID,
  currencyId: CURRENCY_ID,
  resourceId,
});

/** The catalogue every scenario shares: one credit currency the widgets show. */
export async function defineCatalogue(engine: CreditEngine, enforcement: EnforcementMode = 'hard'): Promise<void> {
  await engine.defineCurrency({
    id: CURRENCY_ID,
    displayName: 'AI Tokens',
    unitSingular: 'token',
    unitPlural: 'tokens',
    symbol: '◆',
    precision: 3,
    enforcement,
  });
}
