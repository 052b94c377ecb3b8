import type { CreditEngine } from '@creditkit/core';

export const DEMO_CUSTOMER_ID = 'customer-demo-01';
export const DEMO_CURRENCY_ID = 'cred-type-ai-tokens';
export const DEMO_API_CURRENCY_ID = 'cred-type-api-calls';
export const DEMO_RESOURCES = [
  { id: 'workspace-acme-prod', name: 'Acme — production', type: 'workspace' },
  { id: 'workspace-acme-staging', name: 'Acme — staging', type: 'workspace' },
  { id: 'project-research', name: 'Research project', type: 'project' },
] as const;

/** Features of the demo, with the model each stands for in the `model` dimension. */
export const DEMO_FEATURES = [
  { id: 'chat-large', displayName: 'Chat (large model)', unit: 'token', rate: '0.003', model: 'gpt-4o' },
  { id: 'chat-small', displayName: 'Chat (small model)', unit: 'token', rate: '0.0005', model: 'gpt-4o-mini' },
  { id: 'embeddings', displayName: 'Embeddings', unit: 'token', rate: '0.0001', model: 'text-embedding-3' },
  { id: 'image-generation', displayName: 'Image generation', unit: 'image', rate: '4', model: 'dall-e-3' },
] as const;
export const API_CALL_FEATURE = 'api-request';

/** Currencies, features, plans, the demo customer and its resources. */
export async function seedCatalog(engine: CreditEngine): Promise<void> {
  await engine.defineCurrency({
    id: DEMO_CURRENCY_ID,
    displayName: 'AI Tokens',
    unitSingular: 'token',
    unitPlural: 'tokens',
    symbol: '◆',
    precision: 3,
    enforcement: 'hard',
    lowBalanceThreshold: '5000',
    checkout: {
      billingCurrency: 'USD',
      minorUnits: 2,
      pricePerCredit: '0.01',
      taxRate: '0.2',
      packs: [
        { id: 'pack-starter', credits: '5000', label: 'Starter' },
        { id: 'pack-team', credits: '20000', label: 'Team' },
        { id: 'pack-scale', credits: '100000', label: 'Scale' },
      ],
      customMin: '1000',
      customMax: '500000',
      quoteTtlSeconds: 900,
    },
  });
  await engine.defineCurrency({
    id: DEMO_API_CURRENCY_ID,
    displayName: 'API Calls',
    unitSingular: 'call',
    unitPlural: 'calls',
    precision: 0,
    enforcement: 'soft',
    checkout: {
      billingCurrency: 'USD',
      minorUnits: 2,
      pricePerCredit: '0.001',
      taxRate: '0.2',
      packs: [{ id: 'pack-calls-100k', credits: '100000', label: '100k calls' }],
      customMin: '10000',
      customMax: '10000000',
      quoteTtlSeconds: 900,
    },
  });
  for (const { model: _model, ...feature } of DEMO_FEATURES) {
    await engine.defineFeature({ ...feature, currencyId: DEMO_CURRENCY_ID });
  }
  await engine.defineFeature({
    id: API_CALL_FEATURE,
    currencyId: DEMO_API_CURRENCY_ID,
    displayName: 'API request',
    unit: 'request',
    rate: '1',
  });
  await engine.definePlan({
    id: 'plan-pro',
    displayName: 'Pro',
    allowances: [
      { currencyId: DEMO_CURRENCY_ID, amount: '40000', cadence: 'month', rollover: { mode: 'capped', cap: '10000' } },
      { currencyId: DEMO_API_CURRENCY_ID, amount: '100000', cadence: 'month', rollover: { mode: 'none' } },
    ],
    rateOverrides: { 'image-generation': '3.5' },
  });
  await engine.definePlan({
    id: 'plan-team',
    displayName: 'Team',
    allowances: [{ currencyId: DEMO_CURRENCY_ID, amount: '15000', cadence: 'month', rollover: { mode: 'none' } }],
    rateOverrides: {},
  });
  await engine.createCustomer({ id: DEMO_CUSTOMER_ID, name: 'Acme Inc.', email: 'billing@acme.example' });
  for (const resource of DEMO_RESOURCES) {
    await engine.createResource({ customerId: DEMO_CUSTOMER_ID, ...resource });
  }
}
