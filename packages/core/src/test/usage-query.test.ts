import { describe, expect, it } from 'vitest';
import { admin, DAY, key, setup, START } from './fixtures';

describe('usage query through the engine', () => {
  async function withUsage() {
    const s = await setup({ enforcement: 'soft' });
    const t0 = Date.parse(START);
    const events = [
      { resourceId: null, featureId: 'image', value: '2', model: 'a', day: 0 },
      { resourceId: null, featureId: 'chat', value: '1000', model: 'b', day: 0 },
      { resourceId: 'ws-1', featureId: 'image', value: '5', model: 'a', day: 1 },
      { resourceId: null, featureId: 'image', value: '1', model: 'b', day: 2 },
    ];
    await s.engine.createGrant({ ...s.pool, type: 'paid', amount: '100', actor: admin });
    for (const e of events) {
      await s.engine.reportUsage({
        customerId: 'c1',
        resourceId: e.resourceId,
        featureId: e.featureId,
        value: e.value,
        timestamp: new Date(t0 + e.day * DAY).toISOString(),
        dimensions: { model: e.model },
        idempotencyKey: key(),
      });
    }
    s.clock.advance(3 * DAY);
    return { ...s, from: START, to: new Date(t0 + 3 * DAY).toISOString() };
  }

  it('groups by a dimension across all pools, bucketed by the events own time', async () => {
    const { engine, from, to } = await withUsage();
    const result = engine.usageQuery({
      customerId: 'c1',
      currencyId: 'tokens',
      resourceId: '*',
      from,
      to,
      granularity: 'day',
      groupBy: 'dimension',
      dimension: 'model',
    });
    expect(result.total).toBe('10.000');
    expect(result.series.map((s) => [s.key, s.points, s.total])).toEqual([
      ['a', ['2.000', '5.000', '0.000'], '7.000'],
      ['b', ['2.000', '0.000', '1.000'], '3.000'],
    ]);
  });

  it('filters by dimension values and by pool, and lists the dimensions seen', async () => {
    const { engine, from, to, reopen } = await withUsage();
    const params = { customerId: 'c1', currencyId: 'tokens', resourceId: null, from, to, filters: { model: ['b'] } };
    const byFeature = engine.usageQuery({ ...params, granularity: 'month', groupBy: 'feature' });
    expect(byFeature.series.map((s) => [s.key, s.total])).toEqual([
      ['chat', '2.000'],
      ['image', '1.000'],
    ]);
    const dims = engine.usageDimensions({ customerId: 'c1', currencyId: 'tokens', resourceId: '*', from, to });
    expect(dims.keys.map((k) => [k.key, k.values.map((v) => v.value)])).toEqual([['model', ['a', 'b']]]);
    // The index is rebuilt from the log on open.
    const reopened = await reopen();
    expect(reopened.usageQuery({ ...params, granularity: 'month', groupBy: 'feature' })).toEqual(byFeature);
    expect(() => engine.usageQuery({ ...params, customerId: 'ghost', granularity: 'day' })).toThrow(/No customer/);
  });
});
