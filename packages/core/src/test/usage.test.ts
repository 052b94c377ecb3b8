import { describe, expect, it } from 'vitest';
import { type CreditError } from '../errors';
import { admin, DAY, key, setup } from './fixtures';

describe('usage → credits', () => {
  it('multiplies value by the feature rate exactly and rounds up to the precision', async () => {
    const { engine, pool } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '100', actor: admin });
    const exact = await engine.reportUsage({
      customerId: 'c1',
      featureId: 'chat',
      value: '1234',
      idempotencyKey: key(),
    });
    expect(exact.credits).toBe('2.468');
    // 0.1 × 0.002 = 0.0002: rounds up to 0.001, so no usage is free.
    const tiny = await engine.reportUsage({ customerId: 'c1', featureId: 'chat', value: '0.1', idempotencyKey: key() });
    expect(tiny.credits).toBe('0.001');
    expect(engine.balance(pool).balance).toBe('97.531');
  });

  it('uses the plan rate over the feature rate for subscribers', async () => {
    const { engine, pool } = await setup();
    await engine.definePlan({ id: 'pro', displayName: 'Pro', allowances: [], rateOverrides: { chat: '0.001' } });
    await engine.provisionSubscription({ customerId: 'c1', planId: 'pro', actor: admin });
    await engine.createGrant({ ...pool, type: 'paid', amount: '10', actor: admin });
    const result = await engine.reportUsage({
      customerId: 'c1',
      featureId: 'chat',
      value: '1000',
      idempotencyKey: key(),
    });
    expect(result.credits).toBe('1.000');
    const other = await engine.createGrant({ ...pool, customerId: 'c2', type: 'paid', amount: '10', actor: admin });
    expect(other.amount).toBe('10.000');
    const c2 = await engine.reportUsage({ customerId: 'c2', featureId: 'chat', value: '1000', idempotencyKey: key() });
    expect(c2.credits).toBe('2.000');
  });
});

describe('burn-down (default strategy)', () => {
  it('draws by priority, then soonest expiry, then promotional before paid, then oldest; one entry per grant', async () => {
    const { engine, pool, clock } = await setup();
    const expires = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();
    const paidLate = await engine.createGrant({ ...pool, type: 'paid', amount: '1', actor: admin });
    const promoNoExpiry = await engine.createGrant({ ...pool, type: 'promotional', amount: '1', actor: admin });
    const paidSoon = await engine.createGrant({
      ...pool,
      type: 'paid',
      amount: '1',
      expiresAt: expires(5),
      actor: admin,
    });
    const promoSoon = await engine.createGrant({
      ...pool,
      type: 'promotional',
      amount: '1',
      expiresAt: expires(5),
      actor: admin,
    });
    const urgent = await engine.createGrant({
      ...pool,
      type: 'paid',
      amount: '1',
      priority: 1,
      expiresAt: expires(30),
      actor: admin,
    });
    const result = await engine.reportUsage({
      customerId: 'c1',
      featureId: 'image',
      value: '5',
      idempotencyKey: key(),
      dimensions: { model: 'gpt', user_id: 'u1' },
    });
    expect(result.entries.map((e) => e.grantId)).toEqual([
      urgent.id,
      promoSoon.id,
      paidSoon.id,
      promoNoExpiry.id,
      paidLate.id,
    ]);
    expect(result.entries.map((e) => e.balanceAfter)).toEqual(['4.000', '3.000', '2.000', '1.000', '0.000']);
    for (const entry of result.entries) {
      expect(entry).toMatchObject({
        type: 'consumption',
        amount: '-1.000',
        featureId: 'image',
        usageEventId: result.eventId,
      });
      expect(entry.dimensions).toEqual({ model: 'gpt', user_id: 'u1' });
      expect(entry.actor).toEqual({ type: 'system', id: 'usage' });
    }
  });

  it('FIFO draws the oldest grant first and LIFO the newest, whatever their priority', async () => {
    for (const [burnDown, first] of [
      ['fifo', 0],
      ['lifo', 1],
    ] as const) {
      const { engine, pool, clock } = await setup({ burnDown });
      const a = await engine.createGrant({ ...pool, type: 'paid', amount: '1', priority: 500, actor: admin });
      clock.advance(1000);
      const b = await engine.createGrant({ ...pool, type: 'promotional', amount: '1', priority: 1, actor: admin });
      const result = await engine.reportUsage({
        customerId: 'c1',
        featureId: 'image',
        value: '1',
        idempotencyKey: key(),
      });
      expect(result.entries[0]!.grantId).toBe([a.id, b.id][first]);
    }
  });
});

describe('enforcement', () => {
  it('hard: refuses a consumption the balance cannot cover, whole, deducting nothing', async () => {
    const { engine, pool, store } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '2', actor: admin });
    const before = store.records.length;
    const refusal = engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '3', idempotencyKey: key() });
    await expect(refusal).rejects.toMatchObject({
      code: 'insufficient_credits',
      details: { requiredCredits: '3.000', balance: '2.000' },
    });
    expect(engine.balance(pool).balance).toBe('2.000');
    expect(store.records.length).toBe(before);
  });

  it('soft: accepts, goes negative and records the overage', async () => {
    const { engine, pool } = await setup({ enforcement: 'soft' });
    await engine.createGrant({ ...pool, type: 'paid', amount: '2', actor: admin });
    const result = await engine.reportUsage({
      customerId: 'c1',
      featureId: 'image',
      value: '3',
      idempotencyKey: key(),
    });
    expect(result.overage).toBe('1.000');
    expect(result.entries.map((e) => [e.amount, e.overage])).toEqual([
      ['-2.000', false],
      ['-1.000', true],
    ]);
    expect(engine.balance(pool)).toMatchObject({ balance: '-1.000', overage: '1.000', state: 'depleted' });
  });

  it('a feature can override the currency enforcement', async () => {
    const { engine, pool } = await setup();
    await engine.defineFeature({
      id: 'burst',
      currencyId: 'tokens',
      displayName: 'Burst',
      rate: '1',
      enforcement: 'soft',
    });
    const result = await engine.reportUsage({
      customerId: 'c1',
      featureId: 'burst',
      value: '1',
      idempotencyKey: key(),
    });
    expect(result.balanceAfter).toBe('-1.000');
    expect(engine.balance(pool).balance).toBe('-1.000');
  });

  it('never overdraws a hard pool under 1,000 concurrent 1-credit consumptions against 100', async () => {
    const { engine, pool } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '100', actor: admin });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 1000 }, (_, i) =>
        engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '1', idempotencyKey: `burst-${i}` }),
      ),
    );
    const ok = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter(
      (o) => o.status === 'rejected' && (o.reason as CreditError).code === 'insufficient_credits',
    );
    expect(ok).toHaveLength(100);
    expect(refused).toHaveLength(900);
    expect(engine.balance(pool).balance).toBe('0.000');
  });
});

describe('idempotent usage', () => {
  it('returns the original result for a repeated key and changes nothing', async () => {
    const { engine, pool, store } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '10', actor: admin });
    const event = {
      customerId: 'c1',
      featureId: 'image',
      value: '1',
      idempotencyKey: 'evt-1',
      dimensions: { model: 'a' },
    };
    const first = await engine.reportUsage(event);
    const records = store.records.length;
    const again = await Promise.all([engine.reportUsage(event), engine.reportUsage({ ...event })]);
    for (const repeat of again) expect(repeat).toEqual({ ...first, duplicate: true });
    expect(store.records.length).toBe(records);
    expect(engine.balance(pool).balance).toBe('9.000');
  });

  it('refuses the same key with a different payload and changes nothing', async () => {
    const { engine, pool } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '10', actor: admin });
    await engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '1', idempotencyKey: 'evt-1' });
    await expect(
      engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '2', idempotencyKey: 'evt-1' }),
    ).rejects.toMatchObject({ code: 'idempotency_conflict' });
    expect(engine.balance(pool).balance).toBe('9.000');
  });
});

describe('batches and checks', () => {
  it('accepts or refuses each event of a batch on its own', async () => {
    const { engine, pool } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '2', actor: admin });
    const results = await engine.reportUsageBatch([
      { customerId: 'c1', featureId: 'image', value: '1', idempotencyKey: 'b1' },
      { customerId: 'c1', featureId: 'image', value: '5', idempotencyKey: 'b2' },
      { customerId: 'c1', featureId: 'nope', value: '1', idempotencyKey: 'b3' },
      { customerId: 'c1', featureId: 'image', value: '1', idempotencyKey: 'b1' },
    ]);
    expect(results.map((r) => (r.ok ? r.result.duplicate : r.error.code))).toEqual([
      false,
      'insufficient_credits',
      'not_found',
      true,
    ]);
    expect(engine.balance(pool).balance).toBe('1.000');
    await expect(engine.reportUsageBatch([])).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('answers an entitlement check without consuming', async () => {
    const { engine, pool } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '2', actor: admin });
    expect(engine.check({ customerId: 'c1', featureId: 'chat', requestedUsage: '500' })).toEqual({
      isGranted: true,
      requestedCredits: '1.000',
      balance: '2.000',
      reason: 'ok',
    });
    expect(engine.check({ customerId: 'c1', featureId: 'image', requestedUsage: '3' })).toMatchObject({
      isGranted: false,
      reason: 'insufficient_credits',
    });
    expect(engine.balance(pool).balance).toBe('2.000');
  });

  it('keeps pools apart: a resource pool never draws from the global pool', async () => {
    const { engine, pool } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '5', actor: admin });
    await expect(
      engine.reportUsage({
        customerId: 'c1',
        resourceId: 'ws-1',
        featureId: 'image',
        value: '1',
        idempotencyKey: key(),
      }),
    ).rejects.toMatchObject({ code: 'insufficient_credits' });
    await engine.createGrant({ ...pool, resourceId: 'ws-1', type: 'paid', amount: '1', actor: admin });
    await engine.reportUsage({
      customerId: 'c1',
      resourceId: 'ws-1',
      featureId: 'image',
      value: '1',
      idempotencyKey: key(),
    });
    expect(engine.balance(pool).balance).toBe('5.000');
    expect(engine.balance({ ...pool, resourceId: 'ws-1' }).balance).toBe('0.000');
    expect(engine.listResources('c1').map((r) => [r.id, r.implicit])).toEqual([['ws-1', true]]);
  });
});
