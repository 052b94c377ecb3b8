import type { CreditEngine } from '@creditkit/core';

export const DEMO_CUSTOMER_ID = 'customer-demo-01';
export const DEMO_CURRENCY_ID = 'cred-type-ai-tokens';

const system = { type: 'system', id: 'seed' } as const;

/** Seeds the demo customer the portal and the quick start show. */
export async function seedDemo(engine: CreditEngine): Promise<void> {
  await engine.defineCurrency({
    id: DEMO_CURRENCY_ID,
    displayName: 'AI Tokens',
    unitSingular: 'token',
    unitPlural: 'tokens',
    symbol: '◆',
    precision: 3,
    enforcement: 'hard',
  });
  await engine.createCustomer({ id: DEMO_CUSTOMER_ID, name: 'Demo Customer' });
  const pool = { customerId: DEMO_CUSTOMER_ID, currencyId: DEMO_CURRENCY_ID, resourceId: null };
  await engine.createGrant({
    ...pool,
    type: 'recurring',
    amount: '10000',
    reason: 'Pro plan monthly allowance',
    actor: system,
  });
  await engine.createGrant({ ...pool, type: 'promotional', amount: '2500', reason: 'Welcome bonus', actor: system });
  await engine.createGrant({ ...pool, type: 'top_up', amount: '5000', reason: 'Top-up', actor: system });
}
