import { describe, expect, it } from 'vitest';
import { TestPaymentProvider } from '../payment';
import { admin, key, setup } from './fixtures';

const use = (engine: Awaited<ReturnType<typeof setup>>['engine'], value: string, resourceId: string | null = null) =>
  engine.reportUsage({ customerId: 'c1', resourceId, featureId: 'image', value, idempotencyKey: key() });

describe('auto-recharge', () => {
  it('buys up to the target once when a burst crosses the threshold', async () => {
    const { engine, pool } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '100', actor: admin });
    await engine.setAutoRechargePolicy({
      customerId: 'c1',
      currencyId: 'tokens',
      enabled: true,
      threshold: '50',
      target: '200',
      actor: admin,
    });
    await Promise.all(Array.from({ length: 10 }, () => use(engine, '6')));
    await engine.settled();
    // 100 − 60 = 40 at the first crossing (after 9 events: 46) … one recharge of target − balance.
    const recharges = engine.listGrants({ ...pool, status: 'active' }).items.filter((g) => g.type === 'auto_recharge');
    expect(recharges).toHaveLength(1);
    expect(recharges[0]).toMatchObject({ amount: '154.000', costBasis: { amount: '1.85', currency: 'USD' } });
    expect(engine.balance(pool).balance).toBe('194.000');
    const status = engine.autoRechargeStatus('c1', 'tokens');
    expect(status).toMatchObject({ monthSpend: '1.85', lastRecharge: { status: 'succeeded', credits: '154.000' } });
    expect(
      engine.listEvents({ customerId: 'c1' }).items.filter((e) => e.type === 'credits.auto_recharge.succeeded'),
    ).toHaveLength(1);
  });

  it('recharges each pool of the customer on its own', async () => {
    const { engine, pool } = await setup();
    await engine.createGrant({ ...pool, resourceId: 'ws-1', type: 'paid', amount: '10', actor: admin });
    await engine.setAutoRechargePolicy({
      customerId: 'c1',
      currencyId: 'tokens',
      enabled: true,
      threshold: '5',
      target: '20',
      actor: admin,
    });
    await use(engine, '6', 'ws-1');
    await engine.settled();
    expect(engine.balance({ ...pool, resourceId: 'ws-1' }).balance).toBe('20.000');
    expect(engine.balance(pool).balance).toBe('0.000');
  });

  it('records a failure event instead of passing the monthly spend limit', async () => {
    const { engine, pool } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '100', actor: admin });
    await engine.setAutoRechargePolicy({
      customerId: 'c1',
      currencyId: 'tokens',
      enabled: true,
      threshold: '50',
      target: '1000',
      monthlySpendLimit: '5.00',
      actor: admin,
    });
    await use(engine, '60');
    await use(engine, '1');
    await engine.settled();
    expect(engine.balance(pool).balance).toBe('39.000');
    const failures = engine
      .listEvents({ customerId: 'c1' })
      .items.filter((e) => e.type === 'credits.auto_recharge.failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]!.data.recharge).toMatchObject({ status: 'failed', reason: 'monthly_limit_reached' });
    expect(engine.autoRechargeStatus('c1', 'tokens')).toMatchObject({ monthSpend: '0.00', monthlySpendLimit: '5.00' });
  });

  it('records a declined saved card as a failure and grants nothing', async () => {
    const provider = new TestPaymentProvider();
    provider.savedMethodDecline = 'card_declined';
    const { engine, pool } = await setup({}, { paymentProvider: provider });
    await engine.createGrant({ ...pool, type: 'paid', amount: '10', actor: admin });
    await engine.setAutoRechargePolicy({
      customerId: 'c1',
      currencyId: 'tokens',
      enabled: true,
      threshold: '5',
      target: '20',
      actor: admin,
    });
    await use(engine, '6');
    await engine.settled();
    expect(engine.balance(pool)).toMatchObject({ balance: '4.000', rechargeInFlight: '0.000' });
    expect(engine.autoRechargeStatus('c1', 'tokens').lastRecharge).toMatchObject({
      status: 'failed',
      reason: 'card_declined',
    });
  });

  it('validates the policy', async () => {
    const { engine } = await setup();
    await expect(
      engine.setAutoRechargePolicy({
        customerId: 'c1',
        currencyId: 'tokens',
        enabled: true,
        threshold: '50',
        target: '10',
        actor: admin,
      }),
    ).rejects.toMatchObject({ details: { field: 'target' } });
    expect(engine.getAutoRechargePolicy('c1', 'tokens')).toBeNull();
  });
});
