import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../types-ops';
import { admin, key, setup } from './fixtures';

describe('events', () => {
  it('records the grant and balance lifecycle in order with increasing sequences, and streams them', async () => {
    const { engine, pool } = await setup({ lowBalanceThreshold: '5' });
    const streamed: DomainEvent[] = [];
    const unsubscribe = engine.subscribe((event) => streamed.push(event));
    await engine.createGrant({ ...pool, type: 'paid', amount: '10', actor: admin });
    await engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '6', idempotencyKey: key() });
    await engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '2', idempotencyKey: key() });
    await engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '2', idempotencyKey: key() });
    unsubscribe();
    await engine.createGrant({ ...pool, type: 'paid', amount: '1', actor: admin });
    const { items } = engine.listEvents({ customerId: 'c1' });
    expect(items.map((e) => e.type)).toEqual([
      'credits.granted',
      'credits.balance.usage_low',
      'credits.grant.usage_low',
      'credits.grant.depleted',
      'credits.balance.depleted',
      'credits.granted',
    ]);
    expect(items.map((e) => e.sequence)).toEqual(items.map((_, i) => items[0]!.sequence + i));
    expect(streamed).toEqual(items.slice(0, 5));
    expect(engine.listEvents({ customerId: 'c1', after: items[3]!.sequence }).items).toHaveLength(2);
    expect(engine.listEvents({ customerId: 'c2' }).items).toEqual([]);
  });

  it('reports the low and depleted states on the balance', async () => {
    const { engine, pool } = await setup({ lowBalanceThreshold: '5' });
    expect(engine.balance(pool).state).toBe('depleted');
    await engine.createGrant({ ...pool, type: 'paid', amount: '10', actor: admin });
    expect(engine.balance(pool).state).toBe('ok');
    await engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '6', idempotencyKey: key() });
    expect(engine.balance(pool)).toMatchObject({ state: 'low', lowBalanceThreshold: '5' });
  });

  it('rebuilds the same events and audit from the log', async () => {
    const s = await setup();
    await s.engine.createGrant({ ...s.pool, type: 'paid', amount: '10', actor: admin });
    await s.engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '10', idempotencyKey: key() });
    const reopened = await s.reopen();
    expect(reopened.listEvents()).toEqual(s.engine.listEvents());
    expect(reopened.listAudit()).toEqual(s.engine.listAudit());
  });
});
