import type {
  AutoRechargeStatus,
  Balance,
  Feature,
  Forecast,
  Grant,
  GrantStatus,
  GrantType,
  LedgerEntry,
  LedgerEntryType,
  Resource,
  Utilization,
} from '@creditkit/client';

/**
 * Contract-shaped data for widget tests of routes the mocks package does not serve yet. Every
 * fixture is checked against the contract's zod schemas in `contract.test.ts`, so it cannot drift.
 */
export const CUSTOMER = 'customer-demo-01';
export const CURRENCY = 'cred-type-ai-tokens';
export const NOW = '2026-11-15T12:00:00.000Z';
export const currency = {
  id: CURRENCY,
  displayName: 'AI Tokens',
  unitSingular: 'token',
  unitPlural: 'tokens',
  symbol: '◆',
  precision: 3,
};

const day = 86_400_000;
const at = (days: number) => new Date(Date.parse(NOW) + days * day).toISOString();
const system = { type: 'system', id: 'engine' } as const;

export const resources: Resource[] = [
  {
    id: 'workspace-example-com',
    customerId: CUSTOMER,
    name: 'example.com',
    type: 'workspace',
    implicit: false,
    createdAt: at(-90),
  },
  { id: 'project-atlas', customerId: CUSTOMER, name: 'Atlas', type: 'project', implicit: false, createdAt: at(-60) },
];

export function balanceOf(resourceId: string | null, balance: string): Balance {
  const negative = balance.startsWith('-') || /^0(\.0*)?$/.test(balance);
  return {
    currency,
    customerId: CUSTOMER,
    currencyId: CURRENCY,
    resourceId,
    balance,
    precision: 3,
    state: negative ? 'depleted' : 'ok',
    lowBalanceThreshold: '500',
    overage: '0',
    scheduled: '0',
    rechargeInFlight: '0',
    enforcement: 'hard',
    asOf: NOW,
  };
}

export function utilizationOf(resourceId: string | null, used: string, total: string, remaining: string): Utilization {
  return {
    customerId: CUSTOMER,
    currencyId: CURRENCY,
    resourceId,
    periodStart: at(-14),
    periodEnd: at(16),
    cadence: 'month',
    granted: total,
    total,
    used,
    remaining,
  };
}

export function forecastOf(resourceId: string | null, runOutAt: string | null): Forecast {
  return {
    customerId: CUSTOMER,
    currencyId: CURRENCY,
    resourceId,
    balance: '12450.5',
    burnRatePerDay: runOutAt ? '600' : '0',
    windowDays: 7,
    runOutAt,
    asOf: NOW,
  };
}

export const autoRecharge: AutoRechargeStatus = {
  policy: {
    customerId: CUSTOMER,
    currencyId: CURRENCY,
    enabled: true,
    threshold: '1000',
    target: '5000',
    monthlySpendLimit: '100.00',
    minIntervalSeconds: 0,
    updatedAt: at(-20),
    actor: { type: 'customer', id: CUSTOMER },
  },
  monthSpend: '20.00',
  monthlySpendLimit: '100.00',
  billingCurrency: 'USD',
  lastRecharge: null,
};

const grantRows: [GrantType, GrantStatus, string, string, number | null, string][] = [
  ['recurring', 'active', '10000', '7200.5', 16, 'Pro plan monthly allowance'],
  ['promotional', 'active', '2450.5', '2450.5', 5, 'Welcome bonus'],
  ['top_up', 'active', '5000', '2800', null, 'Top-up'],
  ['auto_recharge', 'depleted', '1000', '0', null, 'Auto-recharge'],
  ['paid', 'scheduled', '3000', '3000', 60, 'Annual contract, next tranche'],
  ['promotional', 'expired', '500', '0', -3, 'Launch week promo'],
  ['paid', 'voided', '800', '0', null, 'Billing correction'],
];

export const grants: Grant[] = grantRows.map(([type, status, amount, remaining, expiresIn, reason], i) => ({
  id: `grant_${i + 1}`,
  customerId: CUSTOMER,
  currencyId: CURRENCY,
  resourceId: null,
  type,
  status,
  amount,
  remaining,
  priority: 100,
  effectiveAt: status === 'scheduled' ? at(10) : at(-30 + i),
  expiresAt: expiresIn === null ? null : at(expiresIn),
  costBasis: null,
  source: null,
  reason,
  actor: system,
  subscriptionId: null,
  createdAt: at(-30 + i),
  closedAt: status === 'depleted' || status === 'expired' || status === 'voided' ? at(-2) : null,
}));

const ledgerTypes: LedgerEntryType[] = [
  'grant',
  'consumption',
  'consumption',
  'expiration',
  'void',
  'adjustment',
  'auto_recharge',
];

/** 30 entries, newest first, one every 12 hours. */
export const ledger: LedgerEntry[] = Array.from({ length: 30 }, (_, i): LedgerEntry => {
  const type = ledgerTypes[i % ledgerTypes.length]!;
  const negative = type === 'consumption' || type === 'expiration' || type === 'void';
  return {
    id: `entry_${30 - i}`,
    customerId: CUSTOMER,
    currencyId: CURRENCY,
    resourceId: null,
    type,
    amount: negative ? `-${10 + i}.5` : `${100 + i}`,
    balanceAfter: `${12450.5 - i * 10}`,
    grantId: 'grant_1',
    usageEventId: type === 'consumption' ? `usage_${i}` : null,
    featureId: type === 'consumption' ? 'chat-completion' : null,
    overage: false,
    dimensions: type === 'consumption' ? { model: 'gpt-4o' } : {},
    actor: type === 'adjustment' ? { type: 'admin', id: 'ops@acme.test' } : system,
    reason: type === 'adjustment' ? 'Goodwill credit' : null,
    at: new Date(Date.parse(NOW) - i * day * 0.5).toISOString(),
  };
});

/** The catalogue's features of the currency: the ledger names them by `displayName`. */
export const features: Feature[] = [
  {
    id: 'chat-completion',
    currencyId: CURRENCY,
    displayName: 'Chat completion',
    unit: 'token',
    rate: '0.002',
    enforcement: null,
  },
  {
    id: 'image-generation',
    currencyId: CURRENCY,
    displayName: 'Image generation',
    unit: 'image',
    rate: '4',
    enforcement: null,
  },
];
