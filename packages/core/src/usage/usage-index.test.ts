import { describe, expect, it } from 'vitest';
import { CreditError } from '../errors';
import { UsageIndex, type UsageFact, type UsageQueryParams } from './index';

const at = (iso: string) => Date.parse(iso);

function fact(overrides: Partial<UsageFact> & { at: number }): UsageFact {
  return {
    customerId: 'cus_a',
    currencyId: 'ai-tokens',
    resourceId: null,
    featureId: 'chat',
    units: 1000n,
    dimensions: {},
    ...overrides,
  };
}

const base: UsageQueryParams = {
  customerId: 'cus_a',
  currencyId: 'ai-tokens',
  resourceId: null,
  from: '2026-01-01T00:00:00Z',
  to: '2026-01-04T00:00:00Z',
  granularity: 'day',
  precision: 3,
};

function indexOf(...facts: UsageFact[]): UsageIndex {
  const index = new UsageIndex();
  for (const f of facts) index.add(f);
  return index;
}

describe('UsageIndex.query', () => {
  it('returns every bucket of the window, empty ones included, with decimal points', () => {
    const index = indexOf(fact({ at: at('2026-01-02T10:00:00Z'), units: 1500n }));
    const result = index.query(base);
    expect(result.buckets).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
      '2026-01-03T00:00:00.000Z',
    ]);
    expect(result.series).toEqual([
      { key: 'chat', kind: 'value', points: ['0.000', '1.500', '0.000'], total: '1.500' },
    ]);
    expect(result.total).toBe('1.500');
    expect(result).toMatchObject({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-01-04T00:00:00.000Z',
      granularity: 'day',
    });
  });

  it('counts usage at `from` and leaves out usage at `to` (half-open window)', () => {
    const index = indexOf(
      fact({ at: at('2026-01-01T00:00:00Z'), units: 1n }),
      fact({ at: at('2026-01-03T23:59:59.999Z'), units: 10n }),
      fact({ at: at('2026-01-04T00:00:00Z'), units: 100n }),
      fact({ at: at('2025-12-31T23:59:59.999Z'), units: 1000n }),
    );
    expect(index.query(base).total).toBe('0.011');
  });

  it('clips a window that starts inside a bucket but labels the bucket by its UTC start', () => {
    const index = indexOf(
      fact({ at: at('2026-01-01T05:00:00Z'), units: 7n }),
      fact({ at: at('2026-01-01T15:00:00Z') }),
    );
    const result = index.query({ ...base, from: '2026-01-01T12:00:00Z', to: '2026-01-02T00:00:00Z' });
    expect(result.buckets).toEqual(['2026-01-01T00:00:00.000Z']);
    expect(result.total).toBe('1.000');
  });

  it('puts a Sunday and the next Monday in different weeks', () => {
    const index = indexOf(
      fact({ at: at('2026-01-04T23:00:00Z'), units: 1n }),
      fact({ at: at('2026-01-05T01:00:00Z'), units: 2n }),
    );
    const result = index.query({
      ...base,
      from: '2026-01-01T00:00:00Z',
      to: '2026-01-12T00:00:00Z',
      granularity: 'week',
    });
    expect(result.buckets).toEqual(['2025-12-29T00:00:00.000Z', '2026-01-05T00:00:00.000Z']);
    expect(result.series[0]!.points).toEqual(['0.001', '0.002']);
  });

  it('splits months at the 1st, 00:00 UTC', () => {
    const index = indexOf(
      fact({ at: at('2026-01-31T23:59:59Z'), units: 1n }),
      fact({ at: at('2026-02-01T00:00:00Z'), units: 2n }),
    );
    const result = index.query({
      ...base,
      from: '2026-01-15T00:00:00Z',
      to: '2026-03-01T00:00:00Z',
      granularity: 'month',
    });
    expect(result.buckets).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
    expect(result.series[0]!.points).toEqual(['0.001', '0.002']);
  });

  it('groups by feature, largest total first', () => {
    const index = indexOf(
      fact({ at: at('2026-01-01T01:00:00Z'), featureId: 'chat', units: 1000n }),
      fact({ at: at('2026-01-01T02:00:00Z'), featureId: 'image', units: 3000n }),
    );
    expect(index.query(base).series.map((s) => [s.key, s.total])).toEqual([
      ['image', '3.000'],
      ['chat', '1.000'],
    ]);
  });

  it('groups by a dimension, with events lacking the key in a "(none)" series', () => {
    const index = indexOf(
      fact({ at: at('2026-01-01T01:00:00Z'), dimensions: { model: 'large' }, units: 5000n }),
      fact({ at: at('2026-01-01T02:00:00Z'), dimensions: { model: 'small' }, units: 2000n }),
      fact({ at: at('2026-01-02T02:00:00Z'), dimensions: { user_id: 'u1' }, units: 3000n }),
    );
    const result = index.query({ ...base, groupBy: 'dimension', dimension: 'model' });
    expect(result.series.map((s) => [s.key, s.kind, s.label, s.total])).toEqual([
      ['large', 'value', undefined, '5.000'],
      ['(none)', 'none', '(none)', '3.000'],
      ['small', 'value', undefined, '2.000'],
    ]);
    expect(result.dimension).toBe('model');
  });

  it('ORs values within a filtered key and ANDs the keys', () => {
    const index = indexOf(
      fact({ at: at('2026-01-01T01:00:00Z'), dimensions: { model: 'large', region: 'eu' }, units: 1n }),
      fact({ at: at('2026-01-01T01:00:00Z'), dimensions: { model: 'small', region: 'eu' }, units: 10n }),
      fact({ at: at('2026-01-01T01:00:00Z'), dimensions: { model: 'tiny', region: 'eu' }, units: 100n }),
      fact({ at: at('2026-01-01T01:00:00Z'), dimensions: { model: 'large', region: 'us' }, units: 1000n }),
      fact({ at: at('2026-01-01T01:00:00Z'), dimensions: { model: 'large' }, units: 10000n }),
    );
    const filtered = (filters: Record<string, string[]>) => index.query({ ...base, filters }).total;
    expect(filtered({ model: ['large', 'small'] })).toBe('11.011');
    expect(filtered({ model: ['large', 'small'], region: ['eu'] })).toBe('0.011');
    expect(filtered({ region: ['mars'] })).toBe('0.000');
    expect(filtered({ planet: ['earth'] })).toBe('0.000');
    expect(filtered({ model: [] })).toBe('11.111');
  });

  it('filters by feature', () => {
    const index = indexOf(
      fact({ at: at('2026-01-01T01:00:00Z'), featureId: 'chat', units: 1n }),
      fact({ at: at('2026-01-01T01:00:00Z'), featureId: 'image', units: 2n }),
      fact({ at: at('2026-01-01T01:00:00Z'), featureId: 'voice', units: 4n }),
    );
    expect(index.query({ ...base, features: ['chat', 'voice'] }).total).toBe('0.005');
  });

  it('folds the long tail into an "Other" series placed last', () => {
    const index = indexOf(
      ...[5n, 4n, 3n, 2n, 1n].map((units, i) =>
        fact({ at: at('2026-01-01T01:00:00Z'), dimensions: { user_id: `u${i}` }, units }),
      ),
    );
    const result = index.query({ ...base, groupBy: 'dimension', dimension: 'user_id', maxSeries: 3 });
    expect(result.series.map((s) => [s.key, s.kind, s.total])).toEqual([
      ['u0', 'value', '0.005'],
      ['u1', 'value', '0.004'],
      ['(other)', 'other', '0.006'],
    ]);
    expect(result.series[2]!.label).toBe('Other');
    expect(result.total).toBe('0.015');
  });

  it('reads one pool, or every pool of the customer with resourceId "*", never another customer', () => {
    const index = indexOf(
      fact({ at: at('2026-01-01T01:00:00Z'), resourceId: null, units: 1n }),
      fact({ at: at('2026-01-01T01:00:00Z'), resourceId: 'ws-1', units: 10n }),
      fact({ at: at('2026-01-01T01:00:00Z'), resourceId: 'ws-2', units: 100n }),
      fact({ at: at('2026-01-01T01:00:00Z'), customerId: 'cus_b', units: 1000n }),
      fact({ at: at('2026-01-01T01:00:00Z'), currencyId: 'storage', units: 10000n }),
    );
    expect(index.query(base).total).toBe('0.001');
    expect(index.query({ ...base, resourceId: 'ws-2' }).total).toBe('0.100');
    expect(index.query({ ...base, resourceId: '*' }).total).toBe('0.111');
    expect(index.query({ ...base, resourceId: 'ws-unknown' }).series).toEqual([]);
  });

  it('answers an empty window with no buckets, and an unknown customer with empty buckets', () => {
    const index = indexOf(fact({ at: at('2026-01-01T01:00:00Z') }));
    expect(index.query({ ...base, to: base.from })).toMatchObject({ buckets: [], series: [], total: '0.000' });
    const unknown = index.query({ ...base, customerId: 'cus_nobody' });
    expect(unknown.buckets).toHaveLength(3);
    expect(unknown).toMatchObject({ series: [], total: '0.000' });
  });

  it('groups everything into one series with groupBy "none"', () => {
    const index = indexOf(
      fact({ at: at('2026-01-01T01:00:00Z'), featureId: 'a' }),
      fact({ at: at('2026-01-01T01:00:00Z'), featureId: 'b' }),
    );
    expect(index.query({ ...base, groupBy: 'none' }).series).toEqual([
      { key: '(total)', kind: 'total', label: 'Total', points: ['2.000', '0.000', '0.000'], total: '2.000' },
    ]);
  });

  it('sums exactly beyond 2^53 units', () => {
    const big = 2n ** 60n + 1n;
    const index = indexOf(
      fact({ at: at('2026-01-01T01:00:00Z'), units: big }),
      fact({ at: at('2026-01-01T02:00:00Z'), units: 3n }),
    );
    expect(index.query({ ...base, precision: 0 }).total).toBe((big + 3n).toString());
    const nearLimit = indexOf(
      ...Array.from({ length: 4 }, () =>
        fact({ at: at('2026-01-01T01:00:00Z'), units: BigInt(Number.MAX_SAFE_INTEGER) }),
      ),
    );
    expect(nearLimit.query({ ...base, precision: 0 }).total).toBe((4n * BigInt(Number.MAX_SAFE_INTEGER)).toString());
  });

  it('refuses bad parameters with a sentence naming the fix', () => {
    const index = new UsageIndex();
    expect(() => index.query({ ...base, groupBy: 'dimension' })).toThrow(/needs `dimension`/);
    expect(() => index.query({ ...base, maxSeries: 0 })).toThrow(/maxSeries must be a whole number/);
    expect(() => index.query({ ...base, from: 'yesterday' })).toThrow(/from must be an ISO 8601 date-time/);
    expect(() => index.query({ ...base, from: base.to, to: base.from })).toThrow(/swap from and to/);
    expect(() => index.query({ ...base, from: 'yesterday' })).toThrow(CreditError);
  });
});

describe('UsageIndex.dimensions', () => {
  it('lists keys and values seen in the window with counts and totals', () => {
    const index = indexOf(
      fact({ at: at('2026-01-01T01:00:00Z'), dimensions: { model: 'large', region: 'eu' }, units: 3000n }),
      fact({ at: at('2026-01-01T02:00:00Z'), dimensions: { model: 'small' }, units: 1000n }),
      fact({ at: at('2026-01-01T03:00:00Z'), dimensions: { model: 'small' }, units: 1000n }),
      fact({ at: at('2026-02-01T00:00:00Z'), dimensions: { source: 'batch' }, units: 1000n }),
    );
    const result = index.dimensions({ ...base, precision: 3 });
    expect(result).toMatchObject({ count: 3, total: '5.000' });
    expect(result.keys).toEqual([
      {
        key: 'model',
        count: 3,
        total: '5.000',
        truncated: false,
        values: [
          { value: 'large', count: 1, total: '3.000' },
          { value: 'small', count: 2, total: '2.000' },
        ],
      },
      {
        key: 'region',
        count: 1,
        total: '3.000',
        truncated: false,
        values: [{ value: 'eu', count: 1, total: '3.000' }],
      },
    ]);
  });

  it('applies filters and caps values per key', () => {
    const index = indexOf(
      ...['a', 'b', 'c'].map((user, i) =>
        fact({
          at: at('2026-01-01T01:00:00Z'),
          dimensions: { user_id: user, region: i === 2 ? 'us' : 'eu' },
          units: BigInt(i + 1),
        }),
      ),
    );
    const result = index.dimensions({ ...base, filters: { region: ['eu'] }, maxValuesPerKey: 1 });
    expect(result.keys.find((k) => k.key === 'user_id')).toMatchObject({
      count: 2,
      truncated: true,
      values: [{ value: 'b', count: 1, total: '0.002' }],
    });
  });
});

describe('UsageIndex.totalBetween', () => {
  it('sums one pool or all pools of a customer in a half-open window', () => {
    const index = indexOf(
      fact({ at: at('2026-01-01T00:00:00Z'), units: 1n }),
      fact({ at: at('2026-01-02T00:00:00Z'), units: 10n }),
      fact({ at: at('2026-01-01T00:00:00Z'), resourceId: 'ws-1', units: 100n }),
    );
    const pool = { customerId: 'cus_a', currencyId: 'ai-tokens', resourceId: null };
    expect(index.totalBetween(pool, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')).toBe(1n);
    expect(
      index.totalBetween({ ...pool, resourceId: '*' }, at('2026-01-01T00:00:00Z'), at('2026-01-03T00:00:00Z')),
    ).toBe(111n);
    expect(index.totalBetween({ ...pool, customerId: 'cus_b' }, 0, at('2027-01-01T00:00:00Z'))).toBe(0n);
  });
});
