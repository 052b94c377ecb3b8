import { CreditEngine, ManualClock, MemoryStore, type CreditStore } from '@creditkit/core';
import { createApp } from '../../src/app';
import { TokenIssuer, type MintTokenInput } from '../../src/auth/tokens';

export const TEST_SECRET_KEY = 'ck_secret_test_0123456789abcdefghijklmnop';

export interface TestAppOptions {
  clock?: ManualClock;
  store?: CreditStore;
  rateLimit?: { limit?: number; failedAuthLimit?: number };
  /** Lets `POST /v1/admin/clock` move `clock`. Default false. */
  demoMode?: boolean;
}

/** An app on an engine with a fixed clock (in memory unless `store` is given), and credentials for it. */
export async function testApp(options: TestAppOptions = {}) {
  const clock = options.clock ?? new ManualClock('2026-11-01T00:00:00Z');
  const store = options.store ?? new MemoryStore();
  const engine = await CreditEngine.open({ store, clock });
  const tokens = new TokenIssuer(TEST_SECRET_KEY, () => new Date());
  const app = createApp({
    engine,
    secretKey: TEST_SECRET_KEY,
    tokens,
    clock,
    demoMode: options.demoMode ?? false,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  const secret = { authorization: `Bearer ${TEST_SECRET_KEY}` };
  const customer = async (input: Partial<MintTokenInput> & { customerId: string }) => ({
    authorization: `Bearer ${(await tokens.mint({ scopes: ['read', 'checkout'], ...input })).token}`,
  });
  return { app, engine, clock, store, tokens, secret, customer };
}
