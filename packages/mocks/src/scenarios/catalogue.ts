import type { Actor, CreditEngine, EnforcementMode, PoolKey } from '@creditkit/core';

export const CUSTOMER_ID = 'customer-demo-01';
export const CURRENCY_ID = 'cred-type-ai-tokens';
export const PLAN_ID = 'plan-pro';

export const system: Actor = { type: 'system', id: 'mock' };
export const admin: Actor = { type: 'admin', id: 'admin-ops' };

/** The pool of the demo customer: the global pool unless a resource is named. */
export const pool = (resourceId: string | null = null): PoolKey => ({
  customerId: CUSTOMER_ID,
  currencyId: CURRENCY_ID,
  resourceId,
});

/** What consumes credits, with realistic rates (credits per unit). */
export const FEATURES = [
  { id: 'feat-chat-completion', displayName: 'Chat completion', unit: 'token', rate: '0.002' },
  { id: 'feat-embeddings', displayName: 'Embeddings', unit: 'token', rate: '0.0001' },
  { id: 'feat-image-generation', displayName: 'Image generation', unit: 'image', rate: '4' },
  { id: 'feat-transcription', displayName: 'Transcription', unit: 'minute', rate: '0.5' },
] as const;
export type FeatureId = (typeof FEATURES)[number]['id'];

/**
 * The catalogue every scenario shares: one credit currency for sale through checkout (so top-up
 * and auto-recharge work), its features, a monthly plan, and the demo customer.
 */
export async function defineCatalogue(engine: CreditEngine, enforcement: EnforcementMode = 'hard'): Promise<void> {
  await engine.defineCurrency({
    id: CURRENCY_ID,
    displayName: 'AI Tokens',
    unitSingular: 'token',
    unitPlural: 'tokens',
    symbol: '◆',
    precision: 3,
    enforcement,
    lowBalanceThreshold: '1000',
    checkout: {
      billingCurrency: 'USD',
      minorUnits: 2,
      pricePerCredit: '0.01',
      taxRate: '0.2',
      packs: [
        { id: 'pack-1000', credits: '1000', label: 'Starter' },
        { id: 'pack-5000', credits: '5000', label: 'Team' },
        { id: 'pack-20000', credits: '20000', label: 'Scale' },
      ],
      customMin: '100',
      customMax: '100000',
      quoteTtlSeconds: 900,
    },
  });
  for (const feature of FEATURES) await engine.defineFeature({ ...feature, currencyId: CURRENCY_ID });
  await engine.definePlan({
    id: PLAN_ID,
    displayName: 'Pro',
    allowances: [{ currencyId: CURRENCY_ID, amount: '10000', cadence: 'month', rollover: { mode: 'none' } }],
    rateOverrides: {},
  });
  await engine.createCustomer({ id: CUSTOMER_ID, name: 'Acme Robotics', email: 'billing@acme.example' });
}
