// Saving an enabled auto-recharge policy recharges, at once, every pool of the customer × currency
// that is already below the threshold, under the same rules as a recharge after a consumption.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreditEngine } from '../credit-engine';
import type { SetAutoRechargePolicyInput } from '../types-ops';
import { admin, key, setup } from './fixtures';

const policy = (over: Partial<SetAutoRechargePolicyInput> = {}): SetAutoRechargePolicyInput => ({
  customerId: 'c1',
  currencyId: 'tokens',
  enabled: true,
  threshold: '50',
  target: '200',
  actor: admin,
  ...over,
});

/** Gives the pool exactly `balance` credits: a grant of `balance + 1`, then one credit used. */
async function fill(engine: CreditEngine, resourceId: string | null, balance: number): Promise<void> {
  await engine.createGrant({
    customerId: 'c1',
    currencyId: 'tokens',
    resourceId,
    type: 'paid',
    amount: String(balance + 1),
    actor: admin,
  });
  await engine.reportUsage({ customerId: 'c1', resourceId, featureId: 'image', value: '1', idempotencyKey: key() });
}

const pool = (resourceId: string | null) => ({ customerId: 'c1', currencyId: 'tokens', resourceId });
const recharges = (engine: CreditEngine, resourceId: string | null) =>
  engine.listGrants({ ...pool(resourceId), limit: 100 }).items.filter((g) => g.type === 'auto_recharge');
const events = (engine: CreditEngine, type: string) =>
  engine.listEvents({ customerId: 'c1', limit: 1000 }).items.filter((e) => e.type === type);

describe('saving an auto-recharge policy', () => {
  it('recharges every pool already below the threshold up to the target, and leaves the others', async () => {
    const { engine } = await setup();
    await fill(engine, null, 20);
    await fill(engine, 'ws-1', 49);
    await fill(engine, 'ws-2', 80);
    await engine.setAutoRechargePolicy(policy());
    await engine.settled();
    expect(engine.balance(pool(null)).balance).toBe('200.000');
    expect(engine.balance(pool('ws-1')).balance).toBe('200.000');
    expect(engine.balance(pool('ws-2')).balance).toBe('80.000');
    expect(recharges(engine, null).map((g) => g.amount)).toEqual(['180.000']);
    expect(recharges(engine, 'ws-2')).toEqual([]);
    expect(events(engine, 'credits.auto_recharge.succeeded')).toHaveLength(2);
  });

  it('does nothing when the policy is saved disabled', async () => {
    const { engine } = await setup();
    await fill(engine, null, 20);
    await engine.setAutoRechargePolicy(policy({ enabled: false }));
    await engine.settled();
    expect(engine.balance(pool(null)).balance).toBe('20.000');
    expect(events(engine, 'credits.auto_recharge.succeeded')).toEqual([]);
  });

  it('stops at the monthly spend limit across pools and records the failure', async () => {
    const { engine } = await setup();
    await fill(engine, null, 0);
    await fill(engine, 'ws-1', 0);
    // 200 credits cost 2.00 + 20% tax = 2.40: the limit pays for one pool, not two.
    await engine.setAutoRechargePolicy(policy({ monthlySpendLimit: '3.00' }));
    await engine.settled();
    const balances = [engine.balance(pool(null)).balance, engine.balance(pool('ws-1')).balance].sort();
    expect(balances).toEqual(['0.000', '200.000']);
    const failed = events(engine, 'credits.auto_recharge.failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.data.recharge).toMatchObject({ status: 'failed', reason: 'monthly_limit_reached' });
    expect(engine.autoRechargeStatus('c1', 'tokens')).toMatchObject({ monthSpend: '2.40' });
  });

  it('respects the frequency cap: no second recharge within the interval', async () => {
    const { engine, clock } = await setup();
    await fill(engine, null, 100);
    await engine.setAutoRechargePolicy(policy({ minIntervalSeconds: 3600 }));
    await engine.reportUsage({ ...pool(null), featureId: 'image', value: '60', idempotencyKey: key() });
    await engine.settled();
    expect(engine.balance(pool(null)).balance).toBe('200.000');
    await engine.reportUsage({ ...pool(null), featureId: 'image', value: '190', idempotencyKey: key() });
    await engine.setAutoRechargePolicy(policy({ minIntervalSeconds: 3600 }));
    await engine.settled();
    expect(engine.balance(pool(null)).balance).toBe('10.000');
    clock.advance(3_600_000);
    await engine.setAutoRechargePolicy(policy({ minIntervalSeconds: 3600 }));
    await engine.settled();
    expect(engine.balance(pool(null)).balance).toBe('200.000');
    expect(recharges(engine, null)).toHaveLength(2);
  });

  it('never recharges a pool more than once per save, and always to the target', async () => {
    const arb = fc.record({
      balances: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 4 }),
      threshold: fc.integer({ min: 1, max: 250 }),
      above: fc.integer({ min: 1, max: 250 }),
      // Saves fired together (in flight at once) or one after the other (settled in between).
      saves: fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ balances, threshold, above, saves }) => {
        const { engine } = await setup();
        const resources = balances.map((_, i) => (i === 0 ? null : `ws-${i}`));
        for (const [i, balance] of balances.entries()) await fill(engine, resources[i]!, balance);
        const input = policy({ threshold: String(threshold), target: String(threshold + above) });
        const pending: Promise<unknown>[] = [];
        for (const together of saves) {
          pending.push(engine.setAutoRechargePolicy(input));
          if (!together) {
            await Promise.all(pending);
            await engine.settled();
          }
        }
        await Promise.all(pending);
        await engine.settled();
        for (const [i, balance] of balances.entries()) {
          const below = balance < threshold;
          expect(recharges(engine, resources[i]!)).toHaveLength(below ? 1 : 0);
          expect(engine.balance(pool(resources[i]!)).balance).toBe(`${below ? threshold + above : balance}.000`);
        }
        const expected = balances.filter((b) => b < threshold).length;
        expect(events(engine, 'credits.auto_recharge.succeeded')).toHaveLength(expected);
      }),
      { numRuns: 40 },
    );
  });
});
