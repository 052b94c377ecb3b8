// SPEC §6: concurrent consumptions never overdraw a hard limit, and a retry storm has one effect.
import { CreditEngine, ManualClock } from '@creditkit/core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LowdbStore } from '../../src/store/lowdb-store';
import { testApp } from '../helpers/app';
import { CURRENCY, CUSTOMER_A, defineBasics, expectPoolInvariants, FEATURE, poolA } from '../helpers/fixture';
import { listen, type Http } from '../helpers/http';

const NOW = '2026-11-01T00:00:00.000Z';
let dir: string;
let t: Awaited<ReturnType<typeof testApp>>;
let http: Http;

// On the lowdb store, so every answer waits for group-committed, fsynced writes as in production.
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'creditkit-concurrency-'));
  t = await testApp({ store: await LowdbStore.open(dir), clock: new ManualClock(NOW) });
  await defineBasics(t.engine, '100');
  http = await listen(t.app);
});
afterEach(async () => {
  await http.close();
  await rm(dir, { recursive: true, force: true });
});

const usage = (key: string) => ({ customerId: CUSTOMER_A, featureId: FEATURE, value: '1', idempotencyKey: key });

async function reopened(): Promise<CreditEngine> {
  await (t.store as LowdbStore).close();
  return CreditEngine.open({ store: await LowdbStore.open(dir), clock: new ManualClock(NOW) });
}

describe('under concurrency', () => {
  it('accepts exactly 100 of 1,000 concurrent 1-credit consumptions against 100 credits', async () => {
    const replies = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        http.request<{ error?: { code: string } }>('POST', '/v1/usage', { headers: t.secret, body: usage(`e-${i}`) }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    expect(statuses.filter((s) => s === 402)).toHaveLength(900);
    expect(new Set(replies.filter((r) => r.status === 402).map((r) => r.body.error?.code))).toEqual(
      new Set(['insufficient_credits']),
    );
    expect(t.engine.balance(poolA).balance).toBe('0');
    expectPoolInvariants(t.engine);
    // And so it is on disk.
    const engine = await reopened();
    expect(engine.balance(poolA).balance).toBe('0');
    expect(engine.listLedger({ ...poolA, types: ['consumption'], limit: 500 }).items).toHaveLength(100);
  }, 120_000);

  it('gives every event of a batch sent three times at once exactly one effect', async () => {
    const events = Array.from({ length: 60 }, (_, i) => usage(`storm-${i}`));
    type Batch = { accepted: number; results: { ok: boolean; result: { eventId: string; duplicate: boolean } }[] };
    const batches = await Promise.all(
      [1, 2, 3].map(() => http.request<Batch>('POST', '/v1/usage/batch', { headers: t.secret, body: { events } })),
    );
    // Singles too: each of 20 more events sent three times concurrently.
    const singles = await Promise.all(
      Array.from({ length: 20 }, (_, i) => usage(`single-${i}`)).flatMap((event) =>
        [1, 2, 3].map(() =>
          http.request<{ eventId: string; duplicate: boolean }>('POST', '/v1/usage', {
            headers: t.secret,
            body: event,
          }),
        ),
      ),
    );
    for (const batch of batches) expect(batch.status).toBe(200);
    events.forEach((_, i) => {
      const results = batches.map((b) => b.body.results[i]!);
      expect(results.every((r) => r.ok)).toBe(true);
      expect(new Set(results.map((r) => r.result.eventId)).size).toBe(1);
      expect(results.filter((r) => !r.result.duplicate)).toHaveLength(1);
    });
    for (let i = 0; i < singles.length; i += 3) {
      const three = singles.slice(i, i + 3);
      expect(three.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(new Set(three.map((r) => r.body.eventId)).size).toBe(1);
      expect(three.filter((r) => !r.body.duplicate)).toHaveLength(1);
    }
    expect(t.engine.balance(poolA).balance).toBe('20');
    const engine = await reopened();
    expect(engine.listLedger({ ...poolA, types: ['consumption'], limit: 500 }).items).toHaveLength(80);
    expectPoolInvariants(engine);
  }, 60_000);

  it('buys once when the same checkout is confirmed many times at once', async () => {
    const token = await t.customer({ customerId: CUSTOMER_A });
    const quote = await http.request<{ id: string }>('POST', `/v1/customers/${CUSTOMER_A}/checkout/quotes`, {
      headers: token,
      body: { currencyId: CURRENCY, packId: 'pack-100' },
    });
    const body = {
      quoteId: quote.body.id,
      payment: { cardNumber: '4242424242424242', expMonth: 1, expYear: 2031, cvc: '999', name: 'A' },
    };
    const replies = await Promise.all(
      Array.from({ length: 20 }, () =>
        http.request<{ id: string }>('POST', `/v1/customers/${CUSTOMER_A}/checkout/confirm`, { headers: token, body }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    expect(t.engine.balance(poolA).balance).toBe('200');
    expect(t.engine.listReceipts(CUSTOMER_A)).toHaveLength(1);
  });
});
