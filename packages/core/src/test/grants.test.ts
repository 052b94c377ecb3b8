import { describe, expect, it } from 'vitest';
import { admin, key, setup } from './fixtures';

describe('grants', () => {
  it('keeps every grant type with its cost basis, source, reason and actor', async () => {
    const { engine, pool } = await setup();
    for (const type of ['paid', 'promotional', 'recurring', 'top_up', 'auto_recharge'] as const) {
      await engine.createGrant({
        ...pool,
        type,
        amount: '1.5',
        costBasis: { amount: '15.00', currency: 'usd' },
        source: 'crm',
        reason: `a ${type} grant`,
        actor: admin,
      });
    }
    const { items } = engine.listGrants(pool);
    expect(items.map((g) => g.type)).toEqual(['auto_recharge', 'top_up', 'recurring', 'promotional', 'paid']);
    expect(items[0]).toMatchObject({
      amount: '1.500',
      remaining: '1.500',
      status: 'active',
      priority: 100,
      costBasis: { amount: '15.00', currency: 'USD' },
      source: 'crm',
      reason: 'a auto_recharge grant',
      actor: admin,
    });
    expect(engine.balance(pool).balance).toBe('7.500');
  });

  it('pages through grants newest first and filters by status', async () => {
    const { engine, pool } = await setup();
    for (let i = 0; i < 5; i++)
      await engine.createGrant({ ...pool, type: 'paid', amount: String(i + 1), actor: admin });
    const first = engine.listGrants({ ...pool, limit: 2 });
    expect(first.items.map((g) => g.amount)).toEqual(['5.000', '4.000']);
    const second = engine.listGrants({ ...pool, limit: 2, cursor: first.nextCursor });
    const third = engine.listGrants({ ...pool, limit: 2, cursor: second.nextCursor });
    expect([...second.items, ...third.items].map((g) => g.amount)).toEqual(['3.000', '2.000', '1.000']);
    expect(third.nextCursor).toBeNull();
    await engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '1', idempotencyKey: key() });
    expect(engine.listGrants({ ...pool, status: 'depleted' }).items.map((g) => g.amount)).toEqual(['1.000']);
    expect(() => engine.listGrants({ ...pool, cursor: 'nonsense' })).toThrow(/cursor/);
  });

  it('voids a grant, writing its remainder off, once', async () => {
    const { engine, pool } = await setup();
    const grant = await engine.createGrant({ ...pool, type: 'promotional', amount: '10', actor: admin });
    await engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '4', idempotencyKey: key() });
    const voided = await engine.voidGrant({
      customerId: 'c1',
      grantId: grant.id,
      reason: 'Granted by mistake',
      actor: admin,
      idempotencyKey: 'v1',
    });
    expect(voided).toMatchObject({ status: 'voided', remaining: '0.000' });
    const [entry] = engine.listLedger({ ...pool, types: ['void'] }).items;
    expect(entry).toMatchObject({
      amount: '-6.000',
      balanceAfter: '0.000',
      reason: 'Granted by mistake',
      actor: admin,
    });
    const again = await engine.voidGrant({
      customerId: 'c1',
      grantId: grant.id,
      reason: 'Granted by mistake',
      actor: admin,
      idempotencyKey: 'v1',
    });
    expect(again.status).toBe('voided');
    await expect(
      engine.voidGrant({ customerId: 'c1', grantId: grant.id, reason: 'again', actor: admin }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      engine.voidGrant({ customerId: 'c2', grantId: grant.id, reason: 'x', actor: admin }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a repeated grant key returns the first grant; a different payload is refused', async () => {
    const { engine, pool, store } = await setup();
    const first = await engine.createGrant({ ...pool, type: 'paid', amount: '10', actor: admin, idempotencyKey: 'g1' });
    const records = store.records.length;
    const again = await engine.createGrant({ ...pool, type: 'paid', amount: '10', actor: admin, idempotencyKey: 'g1' });
    expect(again).toEqual(first);
    await expect(
      engine.createGrant({ ...pool, type: 'paid', amount: '11', actor: admin, idempotencyKey: 'g1' }),
    ).rejects.toMatchObject({
      code: 'idempotency_conflict',
    });
    expect(store.records.length).toBe(records);
    expect(engine.balance(pool).balance).toBe('10.000');
  });

  it('refuses unknown customers, bad amounts and bad types with the field named', async () => {
    const { engine, pool } = await setup();
    await expect(
      engine.createGrant({ ...pool, customerId: 'ghost', type: 'paid', amount: '1', actor: admin }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(engine.createGrant({ ...pool, type: 'paid', amount: '1.0001', actor: admin })).rejects.toThrow(
      /at most 3/,
    );
    await expect(engine.createGrant({ ...pool, type: 'paid', amount: '-1', actor: admin })).rejects.toThrow(
      /greater than zero/,
    );
    await expect(
      engine.createGrant({ ...pool, type: 'gift' as 'paid', amount: '1', actor: admin }),
    ).rejects.toMatchObject({ details: { field: 'type' } });
  });
});

describe('adjustments and audit', () => {
  it('adds and removes credits with the actor and reason on the ledger and in the audit log', async () => {
    const { engine, pool } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '10', actor: admin });
    const plus = await engine.adjust({ ...pool, amount: '5', reason: 'Goodwill', actor: admin });
    expect(plus.entries).toMatchObject([
      { type: 'adjustment', amount: '5.000', balanceAfter: '15.000', reason: 'Goodwill', actor: admin },
    ]);
    const minus = await engine.adjust({
      ...pool,
      amount: '-12',
      reason: 'Correction',
      actor: admin,
      idempotencyKey: 'a1',
    });
    expect(minus.balanceAfter).toBe('3.000');
    expect(minus.entries.reduce((sum, e) => sum + Number(e.amount), 0)).toBe(-12);
    const repeat = await engine.adjust({
      ...pool,
      amount: '-12',
      reason: 'Correction',
      actor: admin,
      idempotencyKey: 'a1',
    });
    expect(repeat).toEqual(minus);
    await expect(engine.adjust({ ...pool, amount: '-4', reason: 'Too much', actor: admin })).rejects.toMatchObject({
      code: 'insufficient_credits',
    });
    const audit = engine.listAudit({ customerId: 'c1' }).items;
    expect(audit.slice(0, 2).map((a) => [a.action, a.reason, a.actor.id])).toEqual([
      ['balance.adjusted', 'Correction', 'admin-1'],
      ['balance.adjusted', 'Goodwill', 'admin-1'],
    ]);
  });
});
