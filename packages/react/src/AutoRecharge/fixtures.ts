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

export interface FakeAutoRecharge {
  client: CreditsClient;
  balance: string;
  policy: AutoRechargePolicy;
  status: AutoRechargeStatus;
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
      moneyCurrency: 'USD',
      ...patch,
    },
    status: {
      customerId: 'customer-demo-01',
      currencyId: FIXTURE_CURRENCY,
      enabled: true,
      month: '2026-11',
      spentThisMonth: '40',
      monthlySpendLimit: '100',
      remainingThisMonth: '60',
      moneyCurrency: 'USD',
      rechargesThisMonth: 2,
      lastRecharge: { at: '2026-11-14T10:00:00.000Z', status: 'succeeded', credits: '1500', resourceId: null },
    },
    updates: [],
    failReads: false,
    forbidSave: false,
    forbidRead: false,
  };
  const overrides: Pick<
    CreditsClient,
    'getBalance' | 'getAutoRechargePolicy' | 'getAutoRechargeStatus' | 'updateAutoRechargePolicy'
  > = {
    async getBalance(params) {
      if (fake.failReads) throw new CreditsApiError(500, { code: 'internal_error', message: 'boom' });
      return fakeBalance(params, fake.balance);
    },
    async getAutoRechargePolicy() {
      if (fake.forbidRead) throw forbidden();
      if (fake.failReads) throw new CreditsApiError(500, { code: 'internal_error', message: 'boom' });
      return { ...fake.policy };
    },
    async getAutoRechargeStatus() {
      if (fake.forbidRead) throw forbidden();
      if (fake.failReads) throw new CreditsApiError(500, { code: 'internal_error', message: 'boom' });
      return { ...fake.status };
    },
    async updateAutoRechargePolicy(input) {
      fake.updates.push(input);
      if (fake.forbidSave) throw forbidden();
      const { enabled, threshold, target, monthlySpendLimit } = input;
      fake.policy = { ...fake.policy, enabled, threshold, target, monthlySpendLimit: monthlySpendLimit ?? null };
      fake.status = { ...fake.status, enabled, monthlySpendLimit: monthlySpendLimit ?? null };
      return { ...fake.policy };
    },
  };
  fake.client = { ...base, ...overrides } as CreditsClient;
  return fake;
}
