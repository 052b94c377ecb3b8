import { CreditEngine, ManualClock, MemoryStore } from '@creditkit/core';
import { describe, expect, it } from 'vitest';
import { DEMO_API_POOL, DEMO_POOL, DEMO_RESOURCES, seedDemo } from '../src/seed';

async function seeded(days: number) {
  const endAt = new Date('2026-11-20T15:30:00Z');
  const clock = new ManualClock(endAt);
  const store = new MemoryStore();
  const engine = await CreditEngine.open({ store, clock, newId: counter() });
  const summary = await seedDemo(engine, { moveClock: (at) => clock.set(at), endAt, days });
  return { engine, store, summary };
}

function counter() {
  let n = 0;
  return (prefix: string) => `${prefix}_${++n}`;
}

describe('the demo seed', () => {
  it('makes grants of every type and status, and backdated usage with every dimension', async () => {
    const { engine, summary } = await seeded(21);
    expect(summary.refused).toBe(0);
    expect(summary.usageEvents).toBeGreaterThan(3000);
    const grants = engine.listGrants({ ...DEMO_POOL, limit: 500 }).items;
    const staging = engine.listGrants({ ...DEMO_POOL, resourceId: 'workspace-acme-staging', limit: 500 }).items;
    const all = [...grants, ...staging];
    expect(new Set(all.map((g) => g.type))).toEqual(
      new Set(['paid', 'promotional', 'recurring', 'top_up', 'auto_recharge']),
    );
    expect(new Set(all.map((g) => g.status))).toEqual(
      new Set(['scheduled', 'active', 'depleted', 'expired', 'voided']),
    );
    const soon = grants.find((g) => g.status === 'active' && g.expiresAt !== null);
    expect(Date.parse(soon!.expiresAt!) - Date.parse('2026-11-20T15:30:00Z')).toBeLessThanOrEqual(7 * 86_400_000);
    expect(engine.listReceipts(DEMO_POOL.customerId).length).toBeGreaterThanOrEqual(2);
    expect(engine.getAutoRechargePolicy(DEMO_POOL.customerId, DEMO_POOL.currencyId)?.enabled).toBe(true);
    expect(engine.listResources(DEMO_POOL.customerId).map((r) => r.id)).toEqual(
      expect.arrayContaining(DEMO_RESOURCES.map((r) => r.id)),
    );
    expect(Number(engine.balance(DEMO_POOL).balance)).toBeGreaterThan(10_000);
    expect(Number(engine.balance(DEMO_API_POOL).balance)).toBeGreaterThan(0);
    const ledger = engine.listLedger({ ...DEMO_POOL, limit: 1000 }).items;
    expect(new Set(ledger.map((entry) => entry.at.slice(0, 10))).size).toBeGreaterThan(5);
    const dimensions = ledger.find((entry) => entry.dimensions && Object.keys(entry.dimensions).length > 0)?.dimensions;
    expect(Object.keys(dimensions ?? {}).sort()).toEqual(['model', 'region', 'source', 'user_id']);
  });

  it('makes the same data on every first start', async () => {
    const [a, b] = await Promise.all([seeded(5), seeded(5)]);
    // Payment ids come from the test payment provider, not from the seed.
    const facts = (records: unknown[]) =>
      JSON.parse(JSON.stringify(records, (key, value: unknown) => (key === 'paymentId' ? undefined : value)));
    expect(facts(b.store.records)).toEqual(facts(a.store.records));
  });
});
