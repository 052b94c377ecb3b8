import { describe, expect, it } from 'vitest';
import { ok } from '../test/contract';
import { customer, fixture, secret } from '../test/fixture';
import { resolveWindow } from './usage-window';

/** The engine's analytics answer as the usage index writes them; the handler reshapes them. */
async function withAnalytics() {
  const setup = await fixture();
  const seen: Record<string, unknown>[] = [];
  Object.assign(setup.engine, {
    usageQuery: (params: Record<string, unknown>) => (
      seen.push(params),
      {
        customerId: 'c1',
        currencyId: 'tokens',
        resourceId: params.resourceId,
        from: params.from,
        to: params.to,
        granularity: params.granularity,
        groupBy: params.groupBy,
        precision: 3,
        buckets: ['2026-11-14T00:00:00.000Z', '2026-11-15T00:00:00.000Z'],
        series: [
          { key: 'chat', kind: 'value', points: ['1.000', '2.500'], total: '3.500' },
          { key: '(other)', kind: 'other', label: 'Other', points: ['0.000', '1.000'], total: '1.000' },
        ],
        total: '4.500',
      }
    ),
    usageDimensions: (params: Record<string, unknown>) => (
      seen.push(params),
      {
        customerId: 'c1',
        currencyId: 'tokens',
        resourceId: null,
        from: params.from,
        to: params.to,
        count: 3,
        total: '4.500',
        keys: [
          {
            key: 'model',
            count: 3,
            total: '4.500',
            truncated: false,
            values: [{ value: 'gpt-4o', count: 3, total: '4.500' }],
          },
        ],
      }
    ),
  });
  return { ...setup, seen };
}

describe('usage query', () => {
  it('passes the window, grouping, filters and pools to the engine and labels the series', async () => {
    const { call, seen } = await withAnalytics();
    const res = await call(customer('c1'), 'queryUsage', {
      params: { customerId: 'c1' },
      query: {
        currencyId: 'tokens',
        allPools: 'true',
        from: '2026-11-14T00:00:00Z',
        to: '2026-11-16T00:00:00Z',
        groupBy: 'model',
        filter: ['model:gpt-4o', 'model:claude:3', 'region:eu'],
      },
    });
    expect(seen[0]).toMatchObject({
      customerId: 'c1',
      resourceId: '*',
      from: '2026-11-14T00:00:00.000Z',
      to: '2026-11-16T00:00:00.000Z',
      granularity: 'day',
      groupBy: 'dimension',
      dimension: 'model',
      maxSeries: 10,
      filters: { model: ['gpt-4o', 'claude:3'], region: ['eu'] },
    });
    const body = ok('queryUsage', res);
    expect(body).toMatchObject({ allPools: true, resourceId: null, groupBy: 'model', total: '4.500' });
    expect(body.series).toEqual([
      {
        key: 'chat',
        label: 'chat',
        kind: 'value',
        total: '3.500',
        points: [
          { bucket: '2026-11-14T00:00:00.000Z', credits: '1.000' },
          { bucket: '2026-11-15T00:00:00.000Z', credits: '2.500' },
        ],
      },
      expect.objectContaining({ key: '(other)', label: 'Other', kind: 'other' }),
    ]);
  });

  it('labels feature series with the feature name and refuses half a custom window', async () => {
    const { call } = await withAnalytics();
    const res = await call(secret, 'queryUsage', { params: { customerId: 'c1' }, query: { currencyId: 'tokens' } });
    expect(ok<{ series: { label: string }[] }>('queryUsage', res).series[0]!.label).toBe('Chat');
    const half = await call(secret, 'queryUsage', {
      params: { customerId: 'c1' },
      query: { currencyId: 'tokens', from: '2026-11-14T00:00:00Z' },
    });
    expect(half).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    const zone = await call(secret, 'queryUsage', {
      params: { customerId: 'c1' },
      query: { currencyId: 'tokens', preset: '7d', timeZone: 'Europe/Atlantis' },
    });
    expect(zone).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(JSON.stringify(zone.body)).toMatch(/IANA time zone such as `Europe\/Berlin`/);
  });

  it('lists dimension values by key', async () => {
    const { call } = await withAnalytics();
    const res = await call(customer('c1'), 'listUsageDimensions', {
      params: { customerId: 'c1' },
      query: { currencyId: 'tokens', preset: '7d' },
    });
    expect(ok('listUsageDimensions', res)).toMatchObject({ dimensions: [{ key: 'model', values: ['gpt-4o'] }] });
  });
});

describe('usage analytics on the real engine', () => {
  it('charts reported usage by dimension, per pool or over all pools, and lists the values seen', async () => {
    const { call } = await fixture();
    const events = [
      { customerId: 'c1', featureId: 'chat', value: '500', dimensions: { model: 'gpt-4o' }, idempotencyKey: 'u1' },
      { customerId: 'c1', featureId: 'chat', value: '250', dimensions: { model: 'claude' }, idempotencyKey: 'u2' },
      {
        customerId: 'c1',
        resourceId: 'ws-1',
        featureId: 'chat',
        value: '1000',
        dimensions: { model: 'gpt-4o' },
        idempotencyKey: 'u3',
      },
    ];
    ok('reportUsageBatch', await call(secret, 'reportUsageBatch', { body: { events } }));
    const query = { currencyId: 'tokens', preset: '24h', granularity: 'day', groupBy: 'model' };
    const global = ok<{ total: string; series: { key: string; total: string }[] }>(
      'queryUsage',
      await call(customer('c1'), 'queryUsage', { params: { customerId: 'c1' }, query }),
    );
    expect(global.total).toBe('1.500');
    expect(global.series.map((s) => [s.key, s.total])).toEqual([
      ['gpt-4o', '1.000'],
      ['claude', '0.500'],
    ]);
    const all = ok<{ total: string; allPools: boolean }>(
      'queryUsage',
      await call(customer('c1'), 'queryUsage', {
        params: { customerId: 'c1' },
        query: { ...query, allPools: 'true', filter: ['model:gpt-4o'] },
      }),
    );
    expect(all).toMatchObject({ total: '3.000', allPools: true });
    const dims = await call(customer('c1'), 'listUsageDimensions', {
      params: { customerId: 'c1' },
      query: { currencyId: 'tokens', preset: '7d', allPools: 'true' },
    });
    expect(ok('listUsageDimensions', dims)).toMatchObject({
      dimensions: [{ key: 'model', values: ['gpt-4o', 'claude'] }],
    });
  });

  it('answers an unknown currency with 404, not a server error', async () => {
    const { call } = await fixture();
    const res = await call(secret, 'queryUsage', { params: { customerId: 'c1' }, query: { currencyId: 'nope' } });
    expect(res).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });
});

describe('resolveWindow', () => {
  const now = new Date('2026-11-15T12:34:00.000Z');
  it('turns presets into whole UTC buckets ending with the current one', () => {
    expect(resolveWindow(now, { preset: '7d' })).toEqual({
      from: '2026-11-09T00:00:00.000Z',
      to: '2026-11-16T00:00:00.000Z',
    });
    expect(resolveWindow(now, {})).toEqual({ from: '2026-10-17T00:00:00.000Z', to: '2026-11-16T00:00:00.000Z' });
    expect(resolveWindow(now, { preset: '24h' })).toEqual({
      from: '2026-11-14T13:00:00.000Z',
      to: '2026-11-15T13:00:00.000Z',
    });
    expect(resolveWindow(now, { preset: 'last_month' })).toEqual({
      from: '2026-10-01T00:00:00.000Z',
      to: '2026-11-01T00:00:00.000Z',
    });
  });

  it('cuts presets on the calendar of the time zone asked for', () => {
    // 12:34 UTC is 07:34 in New York; October there ran from 04:00 UTC (summer time) to 04:00 UTC.
    expect(resolveWindow(now, { preset: '7d', timeZone: 'America/New_York' })).toEqual({
      from: '2026-11-09T05:00:00.000Z',
      to: '2026-11-16T05:00:00.000Z',
    });
    expect(resolveWindow(now, { preset: 'last_month', timeZone: 'America/New_York' })).toEqual({
      from: '2026-10-01T04:00:00.000Z',
      to: '2026-11-01T04:00:00.000Z',
    });
    expect(resolveWindow(now, { preset: '24h', timeZone: 'Asia/Kolkata' })).toEqual({
      from: '2026-11-14T13:30:00.000Z',
      to: '2026-11-15T13:30:00.000Z',
    });
  });
});
