import { routeList } from '@creditkit/client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customer, fixture, secret } from './test/fixture';

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('-1', '1e309', '0.0000000001', '99999999999999999999999999999', "'; DROP TABLE--", '__proto__', ''),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** What a query string can carry: text, or a repeated key. */
const hostileQuery = fc.oneof(
  fc.string(),
  fc.constantFrom('-1', '1e309', 'NaN', '2026-13-45T99:00:00Z', "'; DROP TABLE--", 'true', ''),
  fc.array(fc.string(), { maxLength: 3 }),
);

describe('malformed requests', () => {
  it('only ever get a 4xx envelope and change nothing', async () => {
    const { call, engine } = await fixture();
    const before = JSON.stringify(engine.balances('c1'));
    const events = engine.listEvents({}).items.length;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routeList.filter((r) => r.id !== 'streamEvents')),
        fc.dictionary(
          fc.constantFrom('currencyId', 'resourceId', 'amount', 'limit', 'from', 'status', 'x'),
          hostileQuery,
        ),
        fc.dictionary(fc.constantFrom('currencyId', 'amount', 'value', 'featureId', 'events', 'quoteId', 'y'), hostile),
        fc.boolean(),
        async (route, query, body, asCustomer) => {
          // Keep every request invalid: an unknown field is always present in each part it can carry.
          const res = await call(asCustomer ? customer('c1') : secret, route.id, {
            params: Object.fromEntries(
              Object.keys(route.params?.shape ?? {}).map((k) => [k, k === 'customerId' ? 'c1' : 'tokens']),
            ),
            query: route.query ? { ...query, zz: 'unknown' } : query,
            body: route.body ? { ...body, zz: 'unknown' } : { zz: 1 },
          });
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
        },
      ),
      { numRuns: 600 },
    );
    expect(JSON.stringify(engine.balances('c1'))).toBe(before);
    expect(engine.listEvents({}).items.length).toBe(events);
  });
});
