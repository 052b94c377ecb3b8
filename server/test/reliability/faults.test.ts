// Faults: a data folder that stops taking writes, and a payment provider that fails.
import { CreditEngine, ManualClock, type PaymentProvider } from '@creditkit/core';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { TokenIssuer } from '../../src/auth/tokens';
import { LowdbStore } from '../../src/store/lowdb-store';
import { TEST_SECRET_KEY } from '../helpers/app';
import { CURRENCY, CUSTOMER_A, defineBasics, FEATURE, poolA } from '../helpers/fixture';
import { listen, type Http } from '../helpers/http';

const headers = { authorization: `Bearer ${TEST_SECRET_KEY}` };
let dir: string;
let http: Http | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'creditkit-faults-'));
});
afterEach(async () => {
  await http?.close();
  http = null;
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function serve(paymentProvider?: PaymentProvider) {
  const store = await LowdbStore.open(dir);
  const engine = await CreditEngine.open({
    store,
    clock: new ManualClock('2026-11-01T00:00:00Z'),
    ...(paymentProvider ? { paymentProvider } : {}),
  });
  await defineBasics(engine, '100');
  const tokens = new TokenIssuer(TEST_SECRET_KEY);
  http = await listen(createApp({ engine, secretKey: TEST_SECRET_KEY, tokens }));
  return { engine, store, http, tokens };
}

const usage = (key: string) => ({ customerId: CUSTOMER_A, featureId: FEATURE, value: '1', idempotencyKey: key });

describe('faults', () => {
  it('answers 503 with a sentence once the data folder cannot be written, and acknowledges nothing more', async () => {
    const { http } = await serve();
    expect((await http.request('POST', '/v1/usage', { headers, body: usage('before') })).status).toBe(200);
    await rm(dir, { recursive: true, force: true }); // the disk is gone
    const failed = await http.request<{ error: { code: string; message: string } }>('POST', '/v1/usage', {
      headers,
      body: usage('during'),
    });
    expect(failed.status).toBe(503);
    expect(failed.body.error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/restart/i) });
    // Memory ran one write ahead of the disk, so the engine refuses reads and writes until restarted.
    const later = await http.request('GET', `/v1/customers/${CUSTOMER_A}/balance?currencyId=${CURRENCY}`, {
      headers,
    });
    expect(later.status).toBe(503);
  });

  it('grants nothing when the payment provider fails, and says to try again', async () => {
    const failing: PaymentProvider = {
      charge: () => Promise.reject(new Error('connection reset by the payment network')),
    };
    const { engine, http, tokens } = await serve(failing);
    const token = {
      authorization: `Bearer ${(await tokens.mint({ customerId: CUSTOMER_A, scopes: ['checkout'] })).token}`,
    };
    const quote = await http.request<{ id: string }>('POST', `/v1/customers/${CUSTOMER_A}/checkout/quotes`, {
      headers: token,
      body: { currencyId: CURRENCY, packId: 'pack-100' },
    });
    const card = { cardNumber: '4242424242424242', expMonth: 1, expYear: 2031, cvc: '123', name: 'A' };
    const res = await http.request<{ error: { code: string; message: string } }>(
      'POST',
      `/v1/customers/${CUSTOMER_A}/checkout/confirm`,
      { headers: token, body: { quoteId: quote.body.id, payment: card } },
    );
    expect(res.status).toBe(402);
    expect(res.body.error).toMatchObject({ code: 'payment_declined', message: expect.stringMatching(/Try again/) });
    expect(engine.balance(poolA).balance).toBe('100');
  });
});
