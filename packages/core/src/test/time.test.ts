import { describe, expect, it } from 'vitest';
import { admin, DAY, HOUR, key, setup, START } from './fixtures';

const at = (ms: number) => new Date(Date.parse(START) + ms).toISOString();

describe('scheduled grants and expiry', () => {
  it('a scheduled grant counts only from its effective date', async () => {
    const { engine, pool, clock } = await setup();
    const grant = await engine.createGrant({ ...pool, type: 'paid', amount: '10', effectiveAt: at(DAY), actor: admin });
    expect(grant.status).toBe('scheduled');
    expect(engine.balance(pool)).toMatchObject({ balance: '0.000', scheduled: '10.000' });
    clock.advance(DAY - 1);
    expect(engine.balance(pool).balance).toBe('0.000');
    clock.advance(1);
    expect(engine.balance(pool)).toMatchObject({ balance: '10.000', scheduled: '0.000' });
    const ledger = engine.listLedger(pool).items;
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ type: 'grant', amount: '10.000', at: at(DAY) });
  });

  it('writes the unused remainder off as an expiration at the expiry instant', async () => {
    const { engine, pool, clock } = await setup();
    const grant = await engine.createGrant({
      ...pool,
      type: 'promotional',
      amount: '10',
      expiresAt: at(DAY),
      actor: admin,
    });
    await engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '3', idempotencyKey: key() });
    clock.advance(10 * DAY);
    expect(engine.balance(pool).balance).toBe('0.000');
    const [expiration] = engine.listLedger({ ...pool, types: ['expiration'] }).items;
    expect(expiration).toMatchObject({ amount: '-7.000', balanceAfter: '0.000', grantId: grant.id, at: at(DAY) });
    expect(engine.listGrants(pool).items[0]).toMatchObject({ status: 'expired', remaining: '0.000' });
    expect(engine.listEvents({ customerId: 'c1' }).items.map((e) => e.type)).toContain('credits.expired');
  });

  it('refuses an expiry that is not after the effective date', async () => {
    const { engine, pool } = await setup();
    await expect(
      engine.createGrant({
        ...pool,
        type: 'paid',
        amount: '1',
        effectiveAt: at(DAY),
        expiresAt: at(DAY),
        actor: admin,
      }),
    ).rejects.toMatchObject({ code: 'invalid_request', details: { field: 'expiresAt' } });
  });
});

describe('recurring allowances', () => {
  async function subscribed(rollover: { mode: 'none' | 'all' | 'capped'; cap?: string }) {
    const s = await setup();
    await s.engine.definePlan({
      id: 'pro',
      displayName: 'Pro',
      allowances: [{ currencyId: 'tokens', amount: '100', cadence: 'month', rollover }],
      rateOverrides: {},
    });
    await s.engine.provisionSubscription({ customerId: 'c1', planId: 'pro', actor: admin });
    return s;
  }
  const use = (s: Awaited<ReturnType<typeof setup>>, value: string) =>
    s.engine.reportUsage({ customerId: 'c1', featureId: 'image', value, idempotencyKey: key() });

  it('grants the first period on provisioning and renews each month without rollover', async () => {
    const s = await subscribed({ mode: 'none' });
    expect(s.engine.balance(s.pool).balance).toBe('100.000');
    await use(s, '30');
    s.clock.set('2026-02-01T00:00:00.000Z');
    expect(s.engine.balance(s.pool).balance).toBe('100.000');
    expect(s.engine.utilization(s.pool)).toMatchObject({
      periodStart: '2026-02-01T00:00:00.000Z',
      periodEnd: '2026-03-01T00:00:00.000Z',
      granted: '100.000',
      used: '0.000',
      remaining: '100.000',
    });
  });

  it('rolls everything over with mode all, and at most the cap with mode capped', async () => {
    const all = await subscribed({ mode: 'all' });
    await use(all, '30');
    all.clock.set('2026-02-01T00:00:00.000Z');
    expect(all.engine.balance(all.pool).balance).toBe('170.000');
    const capped = await subscribed({ mode: 'capped', cap: '50' });
    await use(capped, '30');
    capped.clock.set('2026-02-01T00:00:00.000Z');
    expect(capped.engine.balance(capped.pool).balance).toBe('150.000');
  });

  it('catches up across many periods at once, exactly as if the clock had ticked through them', async () => {
    const jumped = await subscribed({ mode: 'capped', cap: '150' });
    const ticked = await subscribed({ mode: 'capped', cap: '150' });
    jumped.clock.set('2026-07-15T00:00:00.000Z');
    for (let m = 2; m <= 7; m++) {
      ticked.clock.set(`2026-0${m}-01T00:00:00.000Z`);
      ticked.engine.balance(ticked.pool);
    }
    ticked.clock.set('2026-07-15T00:00:00.000Z');
    // Capped at 150 carried + 100 new each month.
    expect(jumped.engine.balance(jumped.pool).balance).toBe('250.000');
    expect(ticked.engine.balance(ticked.pool).balance).toBe('250.000');
    const amounts = (s: typeof jumped) =>
      s.engine.listLedger({ ...s.pool, limit: 1000 }).items.map((e) => [e.type, e.amount, e.at]);
    expect(amounts(jumped)).toEqual(amounts(ticked));
    expect(jumped.engine.utilization(jumped.pool)).toMatchObject({ periodStart: '2026-07-01T00:00:00.000Z' });
  });

  it('renews month periods from the anchor date, clamping to short months', async () => {
    const s = await setup();
    s.clock.set('2026-01-31T12:00:00.000Z');
    await s.engine.definePlan({
      id: 'p',
      displayName: 'P',
      allowances: [{ currencyId: 'tokens', amount: '1', cadence: 'month', rollover: { mode: 'none' } }],
      rateOverrides: {},
    });
    await s.engine.provisionSubscription({ customerId: 'c1', planId: 'p', actor: admin });
    s.clock.set('2026-03-31T12:00:00.000Z');
    const starts = s.engine
      .listGrants(s.pool)
      .items.map((g) => g.effectiveAt)
      .reverse();
    expect(starts).toEqual(['2026-01-31T12:00:00.000Z', '2026-02-28T12:00:00.000Z', '2026-03-31T12:00:00.000Z']);
  });

  it('provisioning with a resource creates that resource pool only', async () => {
    const s = await setup();
    await s.engine.definePlan({
      id: 'team',
      displayName: 'Team',
      allowances: [{ currencyId: 'tokens', amount: '5', cadence: 'week', rollover: { mode: 'none' } }],
      rateOverrides: {},
    });
    await s.engine.provisionSubscription({ customerId: 'c1', planId: 'team', resourceId: 'ws-1', actor: admin });
    expect(s.engine.balance({ ...s.pool, resourceId: 'ws-1' }).balance).toBe('5.000');
    expect(s.engine.balance(s.pool).balance).toBe('0.000');
    s.clock.advance(7 * DAY + HOUR);
    expect(s.engine.utilization({ ...s.pool, resourceId: 'ws-1' })).toMatchObject({
      cadence: 'week',
      granted: '5.000',
    });
  });
});

describe('forecast', () => {
  it('projects the run-out date from the recent burn rate', async () => {
    const { engine, pool, clock } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '100', actor: admin });
    for (let day = 0; day < 7; day++) {
      clock.advance(DAY);
      await engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '2', idempotencyKey: key() });
    }
    const forecast = engine.forecast(pool);
    expect(forecast.burnRatePerDay).toBe('2.000');
    expect(forecast.balance).toBe('86.000');
    expect(forecast.runOutAt).toBe(new Date(clock.now().getTime() + 43 * DAY).toISOString());
    clock.advance(30 * DAY);
    expect(engine.forecast(pool).runOutAt).toBeNull();
  });
});
