/**
 * How consumptions are kept: as the usage record plus a column of balances, with a record that
 * names its one grant instead of listing one draw. What a reader sees must not depend on it.
 */
import { describe, expect, it } from 'vitest';
import { CreditEngine } from '../credit-engine';
import { MemoryStore, type EngineRecord } from '../store';
import { admin, key, newId, setup } from './fixtures';

describe('the ledger of consumptions', () => {
  it('keeps balances beyond 64 bits exactly, live and after replay', async () => {
    const s = await setup({ precision: 9, lowBalanceThreshold: null });
    // 2^64 units and more at precision 9: the column cannot hold these balances.
    await s.engine.createGrant({ ...s.pool, type: 'paid', amount: '40000000000', actor: admin });
    const first = await s.engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '1', idempotencyKey: 'a' });
    expect(first.balanceAfter).toBe('39999999999.000000000');
    await s.engine.createGrant({ ...s.pool, type: 'promotional', amount: '0.5', actor: admin });
    const second = await s.engine.reportUsage({
      customerId: 'c1',
      featureId: 'image',
      value: '2.25',
      idempotencyKey: 'b',
    });
    // 0.5 from the promotional grant, 1.75 from the paid one: two entries, balances walking back.
    expect(second.entries.map((e) => [e.amount, e.balanceAfter])).toEqual([
      ['-0.500000000', '39999999999.000000000'],
      ['-1.750000000', '39999999997.250000000'],
    ]);
    const ledger = s.engine.listLedger(s.pool).items;
    expect(ledger.filter((e) => e.type === 'consumption').map((e) => e.balanceAfter)).toEqual([
      '39999999997.250000000',
      '39999999999.000000000',
      '39999999999.000000000',
    ]);
    const reopened = await s.reopen();
    expect(reopened.listLedger(s.pool)).toEqual(s.engine.listLedger(s.pool));
    const again = await reopened.reportUsage({ customerId: 'c1', featureId: 'image', value: '1', idempotencyKey: 'a' });
    expect(again).toEqual({ ...first, duplicate: true });
  });

  it('pages through thousands of rows of one pool with every balance walking down by its amount', async () => {
    const s = await setup({ lowBalanceThreshold: null });
    await s.engine.createGrant({ ...s.pool, type: 'paid', amount: '1000000', actor: admin });
    const first = [];
    for (let i = 0; i < 10_000; i++) {
      const result = await s.engine.reportUsage({
        customerId: 'c1',
        featureId: 'image',
        value: String((i % 7) + 1),
        idempotencyKey: `many-${i}`,
      });
      if (i < 3) first.push(result);
    }
    const read = async (engine: CreditEngine) => {
      const entries = [];
      let cursor: string | null = null;
      do {
        const page = engine.listLedger({ ...s.pool, cursor, limit: 1000 });
        entries.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor !== null);
      return entries.reverse();
    };
    const entries = await read(s.engine);
    expect(entries).toHaveLength(10_001);
    let balance = 0n;
    for (const entry of entries) {
      balance += BigInt(entry.amount.replace('.', ''));
      expect(BigInt(entry.balanceAfter.replace('.', ''))).toBe(balance);
    }
    expect(s.engine.balance(s.pool).balance).toBe(entries.at(-1)!.balanceAfter);
    const reopened = await s.reopen();
    expect(await read(reopened)).toEqual(entries);
    const again = await reopened.reportUsage({
      customerId: 'c1',
      featureId: 'image',
      value: '2',
      idempotencyKey: 'many-1',
    });
    expect(again).toEqual({ ...first[1], duplicate: true });
  });

  it('replays a log written with one-draw lists as it replays the compact form', async () => {
    const s = await setup();
    await s.engine.createGrant({ ...s.pool, type: 'paid', amount: '100', actor: admin });
    await s.engine.createGrant({ ...s.pool, type: 'promotional', amount: '1', actor: admin });
    const events = ['3', '0.1', '1200', '0'].map((value) => ({
      customerId: 'c1',
      featureId: 'chat',
      value,
      idempotencyKey: key(),
      dimensions: { model: 'large' },
    }));
    const results = [];
    for (const event of events) results.push(await s.engine.reportUsage(event));
    // A result shows the very entries the ledger lists.
    const ledger = s.engine.listLedger(s.pool).items;
    for (const result of results) for (const entry of result.entries) expect(ledger).toContainEqual(entry);
    expect(results.map((r) => r.entries.length)).toEqual([1, 1, 2, 0]);
    const usage = s.store.records.filter((r) => r.type === 'usage');
    expect(usage.map((r) => (r.grantId === undefined ? (r.draws?.length ?? 0) : 'one'))).toEqual(['one', 'one', 2, 0]);
    // The same log as an engine before the compact form wrote it.
    const older = new MemoryStore();
    for (const r of s.store.records) older.records.push(r.type === 'usage' ? oneDrawList(r) : r);
    const engine = await CreditEngine.open({ store: older, clock: s.clock, newId });
    expect(engine.listLedger(s.pool)).toEqual(s.engine.listLedger(s.pool));
    expect(engine.listGrants(s.pool)).toEqual(s.engine.listGrants(s.pool));
    expect(engine.balance(s.pool)).toEqual(s.engine.balance(s.pool));
    for (const [i, event] of events.entries()) {
      expect(await engine.reportUsage(event)).toEqual({ ...results[i], duplicate: true });
    }
  });
  it('writes usage records that read back from their JSON to the same state', async () => {
    const s = await setup();
    await s.engine.createGrant({ ...s.pool, type: 'paid', amount: '100', actor: admin });
    await s.engine.createGrant({ ...s.pool, type: 'promotional', amount: '1', actor: admin });
    const events = ['3', '0.1', '1200', '0'].map((value, i) => ({
      customerId: 'c1',
      featureId: 'chat',
      value,
      idempotencyKey: key(),
      dimensions: { model: 'large' },
      ...(i === 1 ? { actor: { type: 'customer' as const, id: 'u1' } } : {}),
    }));
    const results = [];
    for (const event of events) results.push(await s.engine.reportUsage(event));
    const written = s.store.records.map((r) => JSON.stringify(r));
    // One grant: named, with no draw list or overage; several: the list.
    const usage = written.map((text) => JSON.parse(text) as EngineRecord).filter((r) => r.type === 'usage');
    expect(usage.map((r) => ('draws' in r ? r.draws!.length : 'one'))).toEqual(['one', 'one', 2, 0]);
    expect(usage.map((r) => 'over' in r)).toEqual([false, false, false, false]);
    const store = new MemoryStore();
    for (const text of written) store.records.push(JSON.parse(text) as EngineRecord);
    const engine = await CreditEngine.open({ store, clock: s.clock, newId });
    expect(engine.listLedger(s.pool)).toEqual(s.engine.listLedger(s.pool));
    expect(engine.listGrants(s.pool)).toEqual(s.engine.listGrants(s.pool));
    expect(engine.balance(s.pool)).toEqual(s.engine.balance(s.pool));
    for (const [i, event] of events.entries()) {
      expect(await engine.reportUsage(event)).toEqual({ ...results[i], duplicate: true });
    }
    // Both engines take the next event alike.
    const next = { customerId: 'c1', featureId: 'chat', value: '5', idempotencyKey: key() };
    const shown = (r: typeof live) => [r.credits, r.balanceAfter, r.entries.map((e) => [e.amount, e.grantId])];
    const live = await s.engine.reportUsage(next);
    expect(shown(await engine.reportUsage(next))).toEqual(shown(live));
  });
});

function oneDrawList(r: EngineRecord & { type: 'usage' }): EngineRecord {
  const { grantId, ...rest } = r;
  return grantId === undefined ? r : { ...rest, draws: [[grantId, r.credits]] };
}
