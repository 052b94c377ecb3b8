import { CreditEngine, ManualClock, MemoryStore } from '@creditkit/core';
import { createApp } from '../../src/app';
import { TokenIssuer, type MintTokenInput } from '../../src/auth/tokens';

export const TEST_SECRET_KEY = 'ck_secret_test_0123456789abcdefghijklmnop';

/** An app on an in-memory engine with a fixed clock, and helpers to authenticate against it. */
export async function testApp(options: { clock?: ManualClock; rateLimit?: { limit: number } } = {}) {
  const clock = options.clock ?? new ManualClock('2026-11-01T00:00:00Z');
  const engine = await CreditEngine.open({ store: new MemoryStore(), clock });
  const tokens = new TokenIssuer(TEST_SECRET_KEY, () => new Date());
  const app = createApp({
    engine,
    secretKey: TEST_SECRET_KEY,
    tokens,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  const secret = { authorization: `Bearer ${TEST_SECRET_KEY}` };
  const customer = async (input: Partial<MintTokenInput> & { customerId: string }) => ({
    authorization: `Bearer ${(await tokens.mint({ scopes: ['read', 'checkout'], ...input })).token}`,
  });
  return { app, engine, clock, tokens, secret, customer };
}
