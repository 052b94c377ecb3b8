// Test fixtures: auto-recharge behind the client interface, in memory.
import {
  CreditsApiError,
  createCreditsClient,
  type AutoRechargePolicy,
  type AutoRechargeStatus,
  type CreditsClient,
} from '@creditkit/client';

import { fakeBalance, FIXTURE_CURRENCY } from '../TopUpCheckout/fixtures';

export { FIXTURE_CURRENCY };

type RechargeAttempt = NonNullable<AutoRechargeStatus['lastRecharge']>;

export interface FakeAutoRecharge {
  client: CreditsClient;
  balance: string;
  policy: AutoRechargePolicy | null;
  monthSpend: string;
  lastRecharge: RechargeAttempt | null;
  /** A recharge attempt with defaults for the fields not given. */
  attempt(patch: Partial<RechargeAttempt>): RechargeAttempt;
  updates: unknown[];
  /** Answer reads with 500 while true. */
  failReads: boolean;
  /** Answer saves with 403 (a customer token without the auto_recharge scope). */
  forbidSave: boolean;
  forbidRead: boolean;
}

export function createFakeAutoRecharge(patch: Partial<AutoRechargePolicy> = {}): FakeAutoRecharge {
  const base = createCreditsClient({ baseUrl: 'http://creditkit.test', token: 'test' });
  const forbidden = () => new CreditsApiError(403, { code: 'forbidden', message: 'This token may not do that.' });
  const attempt = (patch: Partial<RechargeAttempt>): RechargeAttempt => ({
    id: 'recharge_1',
    customerId: 'customer-demo-01',
    currencyId: FIXTURE_CURRENCY,
    resourceId: null,
    status: 'succeeded',
    credits: '1500',
    total: '18.00',
    billingCurrency: 'USD',
    grantId: 'grant_9',
    reason: null,
    at: '2026-11-14T10:00:00.000Z',
    ...patch,
  });
  const fake: FakeAutoRecharge = {
    client: base,
    balance: '1200',
    policy: {
      customerId: 'customer-demo-01',
      currencyId: FIXTURE_CURRENCY,
      enabled: true,
      threshold: '500',
      target: '2000',
      monthlySpendLimit: '100',
      minIntervalSeconds: 0,
      updatedAt: '2026-11-01T00:00:00.000Z',
      actor: { type: 'customer', id: 'customer-demo-01' },
      ...patch,
    },
    monthSpend: '40',
    lastRecharge: attempt({}),
    attempt,
    updates: [],
    failReads: false,
    forbidSave: false,
    forbidRead: false,
  };
  const overrides: Pick<CreditsClient, 'getBalance' | 'getAutoRechargeStatus' | 'updateAutoRechargePolicy'> = {
    async getBalance(params) {
      if (fake.failReads) throw new CreditsApiError(500, { code: 'internal_error', message: 'boom' });
      return fakeBalance(params, fake.balance);
    },
    async getAutoRechargeStatus() {
      if (fake.forbidRead) throw forbidden();
      if (fake.failReads) throw new CreditsApiError(500, { code: 'internal_error', message: 'boom' });
      return {
        policy: fake.policy && { ...fake.policy },
        monthSpend: fake.monthSpend,
        monthlySpendLimit: fake.policy?.monthlySpendLimit ?? null,
        billingCurrency: 'USD',
        lastRecharge: fake.lastRecharge,
      };
    },
    async updateAutoRechargePolicy(input) {
      fake.updates.push(input);
      if (fake.forbidSave) throw forbidden();
      const { enabled, threshold, target, monthlySpendLimit } = input;
      fake.policy = {
        customerId: 'customer-demo-01',
        currencyId: FIXTURE_CURRENCY,
        minIntervalSeconds: 0,
        updatedAt: '2026-11-15T12:00:00.000Z',
        actor: { type: 'customer', id: 'customer-demo-01' },
        enabled,
        threshold,
        target,
        monthlySpendLimit: monthlySpendLimit ?? null,
      };
      return { ...fake.policy };
    },
  };
  fake.client = { ...base, ...overrides } as CreditsClient;
  return fake;
}
