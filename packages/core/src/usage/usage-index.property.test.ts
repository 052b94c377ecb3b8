import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../decimal';
import { UsageIndex, type UsageFact, type UsageGranularity, type UsageQueryParams } from './index';

/* ------------------------------------------------------------ a naive reference, written apart */

const DAY = 86_400_000;

/** Bucket start by calendar arithmetic on Date (the index divides; this walks the calendar). */
function referenceBucket(at: number, granularity: UsageGranularity): number {
  const d = new Date(at);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (granularity === 'hour') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours());
  if (granularity === 'day') return day;
  if (granularity === 'week') return day - ((d.getUTCDay() + 6) % 7) * DAY; // getUTCDay: 0 = Sunday
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();
const wallClocks = new Map<string, number>();

/** The wall clock of `zone` at `at`, as if it were UTC: read from Intl, not from date-fns. */
function wallClock(at: number, zone: string): number {
  const key = `${zone}|${at}`;
  const known = wallClocks.get(key);
  if (known !== undefined) return known;
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormats.set(zone, format);
  }
  const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(part.year!, part.month! - 1, part.day, part.hour, part.minute, part.second) + (at % 1000);
  wallClocks.set(key, wall);
  return wall;
}

/**
 * Bucket start in a zone: the last instant at or before `at` whose wall clock starts a bucket. It
 * is the wall clock's bucket start turned back into an instant with the zone's offset at `at` or
 * at that start. Where the clock falls back inside a bucket that is not a whole number of hours
 * from UTC (Chatham: 03:45 → 02:45), a moment of the repeated 02:45–03:00 lies in the hour that
 * began at 03:00 before the change, not in the earlier 02:00: buckets never overlap.
 */
function zonedBucket(at: number, granularity: UsageGranularity, zone: string): number {
  if (zone === 'UTC') return referenceBucket(at, granularity);
  const wallStart = referenceBucket(wallClock(at, zone), granularity);
  const byOffsetAt = wallStart - (wallClock(at, zone) - at);
  const byOffsetThen = wallStart - (wallClock(byOffsetAt, zone) - byOffsetAt);
  const starts = [byOffsetAt, byOffsetThen].filter((start) => {
    const wall = wallClock(start, zone);
    return start <= at && referenceBucket(wall, granularity) === wall;
  });
  return starts.length ? Math.max(...starts) : byOffsetThen;
}

function matches(f: UsageFact, q: UsageQueryParams): boolean {
  if (f.customerId !== q.customerId || f.currencyId !== q.currencyId) return false;
  if (q.resourceId !== '*' && f.resourceId !== q.resourceId) return false;
  const from = Number(q.from);
  const to = Number(q.to);
  if (f.at < from || f.at >= to) return false;
  if (q.features?.length && !q.features.includes(f.featureId)) return false;
  for (const [key, values] of Object.entries(q.filters ?? {})) {
    if (values.length === 0) continue;
    const value = f.dimensions[key];
    if (value === undefined || !values.includes(value)) return false;
  }
  return true;
}

/** Total per series key and bucket start, by scanning every fact. */
function reference(facts: readonly UsageFact[], q: UsageQueryParams): Map<string, Map<number, bigint>> {
  const series = new Map<string, Map<number, bigint>>();
  for (const f of facts) {
    if (!matches(f, q)) continue;
    const key =
      q.groupBy === 'dimension'
        ? (f.dimensions[q.dimension!] ?? '(none)')
        : q.groupBy === 'none'
          ? '(total)'
          : f.featureId;
    const byBucket = series.get(key) ?? new Map<number, bigint>();
    series.set(key, byBucket);
    const bucket = zonedBucket(f.at, q.granularity, q.timeZone ?? 'UTC');
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0n) + f.units);
  }
  return series;
}

/* ------------------------------------------------------------ generators */

const START = Date.UTC(2026, 0, 1);
const SPAN = 120 * DAY;
const customers = ['cus_a', 'cus_b'];
const currencies = ['tokens', 'storage'];
const resources = [null, 'ws-1', 'ws-2'];
const features = ['chat', 'image', 'voice'];
const dimensionValues = { model: ['large', 'small', 'tiny'], region: ['eu', 'us'], user_id: ['u1', 'u2', 'u3', 'u4'] };
const keys = Object.keys(dimensionValues) as (keyof typeof dimensionValues)[];

const factArb: fc.Arbitrary<UsageFact> = fc.record({
  customerId: fc.constantFrom(...customers),
  currencyId: fc.constantFrom(...currencies),
  resourceId: fc.constantFrom(...resources),
  featureId: fc.constantFrom(...features),
  at: fc.integer({ min: START, max: START + SPAN }),
  units: fc.oneof(fc.bigInt({ min: 0n, max: 10_000n }), fc.bigInt({ min: 0n, max: 2n ** 62n })),
  dimensions: fc.record(
    {
      model: fc.constantFrom(...dimensionValues.model),
      region: fc.constantFrom(...dimensionValues.region),
      user_id: fc.constantFrom(...dimensionValues.user_id),
    },
    { requiredKeys: [] },
  ),
});

const queryArb: fc.Arbitrary<UsageQueryParams> = fc
  .record({
    customerId: fc.constantFrom(...customers),
    currencyId: fc.constantFrom(...currencies),
    resourceId: fc.constantFrom<string | null>(...resources, '*'),
    a: fc.integer({ min: START - DAY, max: START + SPAN + DAY }),
    b: fc.integer({ min: START - DAY, max: START + SPAN + DAY }),
    granularity: fc.constantFrom<UsageGranularity>('hour', 'day', 'week', 'month'),
    // Daylight saving starts (Berlin, New York) and ends (Sydney, Chatham's 45-minute offset) inside
    // the facts' span; Kolkata is half an hour off UTC's hours.
    timeZone: fc.constantFrom(
      'UTC',
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Sydney',
      'Pacific/Chatham',
    ),
    group: fc.constantFrom('feature', 'none', ...keys, 'absent-key'),
    features: fc.option(fc.subarray(features), { nil: undefined }),
    filters: fc.dictionary(
      fc.constantFrom(...keys, 'absent-key'),
      fc.subarray([...dimensionValues.model, ...dimensionValues.region, 'u1', 'u3', 'nobody']),
    ),
    maxSeries: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  })
  .map(({ a, b, group, ...q }) => ({
    ...q,
    from: Math.min(a, b),
    to: Math.max(a, b),
    precision: 2,
    groupBy: group === 'feature' || group === 'none' ? group : 'dimension',
    ...(group === 'feature' || group === 'none' ? {} : { dimension: group }),
  }));

/* ------------------------------------------------------------ properties */

function checkAgainstReference(facts: readonly UsageFact[], index: UsageIndex, q: UsageQueryParams): void {
  const result = index.query(q);
  const expected = reference(facts, q);
  const sums = [...expected.values()].map((byBucket) => [...byBucket.values()].reduce((a, b) => a + b, 0n));
  expect(result.total).toBe(
    formatDecimal(
      sums.reduce((a, b) => a + b, 0n),
      2,
    ),
  );

  // Every bucket of the window, in order, each a bucket start.
  const starts = result.buckets.map((b) => Date.parse(b));
  const zone = q.timeZone ?? 'UTC';
  expect(result.timeZone).toBe(zone);
  if (q.to > q.from) expect(starts[0]).toBe(zonedBucket(Number(q.from), q.granularity, zone));
  expect(
    starts.filter((s, i) => zonedBucket(s, q.granularity, zone) !== s || s <= (starts[i - 1] ?? -Infinity)),
  ).toEqual([]);
  if (starts.length > 0) {
    expect(starts.at(-1)).toBeLessThan(Number(q.to));
    expect(zonedBucket(Number(q.to) - 1, q.granularity, zone)).toBe(starts.at(-1));
  }
  const units = (text: string) => BigInt(text.replace('.', ''));

  let total = 0n;
  for (const series of result.series) {
    const points = series.points.map(units);
    expect(points).toHaveLength(result.buckets.length);
    expect(points.reduce((a, b) => a + b, 0n)).toBe(units(series.total));
    total += units(series.total);
    if (series.kind === 'other') continue;
    // A kept series equals the reference bucket by bucket.
    const byBucket = expected.get(series.key)!;
    expect(points).toEqual(starts.map((s) => byBucket.get(s) ?? 0n));
  }
  expect(total).toBe(units(result.total));

  // Sorted by total (Other last), folded only when there were more series than allowed.
  const plain = result.series.filter((s) => s.kind !== 'other').map((s) => units(s.total));
  for (let i = 1; i < plain.length; i++) expect(plain[i]).toBeLessThanOrEqual(plain[i - 1]!);
  expect(result.series.length).toBe(Math.min(expected.size, q.maxSeries ?? Infinity));
}

describe('UsageIndex (properties)', () => {
  it('agrees with a full scan for any facts, window, filters and grouping', () => {
    fc.assert(
      fc.property(
        fc.array(factArb, { maxLength: 150 }),
        fc.array(queryArb, { minLength: 1, maxLength: 8 }),
        (facts, queries) => {
          const index = new UsageIndex();
          for (const f of facts) index.add(f);
          for (const q of queries) checkAgainstReference(facts, index, q);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('agrees with a full scan over sealed, indexed chunks (tens of thousands of facts)', () => {
    // One customer and currency, two pools: each pool fills and seals a few chunks.
    const oneCustomer = { customerId: 'cus_a', currencyId: 'tokens' };
    const smallFacts = factArb.map((f) => ({
      ...f,
      ...oneCustomer,
      resourceId: f.resourceId && 'ws-1',
      units: f.units % 10_000n,
    }));
    const queries = fc.array(
      queryArb.map((q) => ({ ...q, ...oneCustomer })),
      { minLength: 5, maxLength: 10 },
    );
    fc.assert(
      fc.property(fc.integer(), queries, (seed, queries) => {
        const facts = fc.sample(smallFacts, { seed, numRuns: 20_000 });
        const index = new UsageIndex();
        for (const f of facts) index.add(f);
        for (const q of queries) checkAgainstReference(facts, index, q);
      }),
      // Shrinking 20,000 facts would take minutes: report the first counterexample as is.
      { numRuns: 3, endOnFailure: true },
    );
  });

  it('never lets one pool see another pool’s usage', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 100 }), (facts) => {
        const index = new UsageIndex();
        for (const f of facts) index.add(f);
        for (const customerId of customers) {
          for (const currencyId of currencies) {
            const pools = resources.map((resourceId) =>
              index.totalBetween({ customerId, currencyId, resourceId }, START - DAY, START + SPAN + DAY),
            );
            resources.forEach((resourceId, i) => {
              const own = facts.filter(
                (f) => f.customerId === customerId && f.currencyId === currencyId && f.resourceId === resourceId,
              );
              expect(pools[i]).toBe(own.reduce((a, f) => a + f.units, 0n));
            });
            const all = index.totalBetween(
              { customerId, currencyId, resourceId: '*' },
              START - DAY,
              START + SPAN + DAY,
            );
            expect(all).toBe(pools.reduce((a, b) => a + b, 0n));
          }
        }
      }),
    );
  });

  it('lists dimension totals that match the facts carrying each value', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 150 }), queryArb, (facts, q) => {
        const index = new UsageIndex();
        for (const f of facts) index.add(f);
        const result = index.dimensions(q);
        const selected = facts.filter((f) => matches(f, q));
        expect(result.count).toBe(selected.length);
        for (const { key, values, count } of result.keys) {
          expect(count).toBe(selected.filter((f) => f.dimensions[key] !== undefined).length);
          for (const { value, count: valueCount, total } of values) {
            const carrying = selected.filter((f) => f.dimensions[key] === value);
            expect(valueCount).toBe(carrying.length);
            expect(total).toBe(
              formatDecimal(
                carrying.reduce((a, f) => a + f.units, 0n),
                2,
              ),
            );
          }
        }
        const seenKeys = new Set(selected.flatMap((f) => Object.keys(f.dimensions)));
        expect(result.keys.map((k) => k.key)).toEqual([...seenKeys].sort());
      }),
    );
  });
});
