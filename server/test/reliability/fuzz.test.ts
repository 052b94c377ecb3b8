// SPEC §6: thousands of generated malformed or hostile requests get 4xx envelopes, never a 5xx,
// and a refused request changes nothing.
import { parseInput } from '@creditkit/api';
import { routeList, type Route } from '@creditkit/client';
import type { MemoryStore } from '@creditkit/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app';
import { CURRENCY, CUSTOMER_A, CUSTOMER_B, defineBasics, FEATURE, RESOURCE_A } from '../helpers/fixture';
import { listen, type Http, type Reply } from '../helpers/http';

let t: Awaited<ReturnType<typeof testApp>>;
let http: Http;
let token: Record<string, string>;
const records = () => (t.store as MemoryStore).records.length;

beforeAll(async () => {
  t = await testApp();
  await defineBasics(t.engine, '1000');
  http = await listen(t.app);
  token = await t.customer({ customerId: CUSTOMER_A, scopes: ['read', 'checkout', 'auto_recharge'] });
});
afterAll(() => http.close());

/* ------------------------------------------------------------ generators */

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '-0.5',
    '1e309',
    '1e3',
    'NaN',
    'Infinity',
    '0x1F',
    '1,5',
    '99999999999999999999999999999999999999',
    '1.00000000000000000000000000000000000001',
    '2026-13-45T99:00:00Z',
    '2026-11-01',
    'yesterday',
    "'; DROP TABLE grants; --",
    '" OR "1"="1',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '__proto__',
    'constructor',
    '\u0000',
    '\ud800',
    '{"$gt":""}',
    '%s%n%x',
    '💸💸💸',
    'x'.repeat(5000),
  ),
);

const hostileValue = fc.oneof(
  hostileText,
  fc.constantFrom(-1, 0, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_VALUE, true, false, null),
  fc.constantFrom([], {}, ['1'], { amount: '1' }, { ['__proto__']: { polluted: true } }),
  fc.constantFrom(nested(200), nested(2000)),
  fc.integer(),
  fc.double(),
);

/** Values that make sense for a field, so some requests get past validation into the engine. */
const plausible: Record<string, readonly unknown[]> = {
  customerId: [CUSTOMER_A, CUSTOMER_B, 'customer-nobody'],
  currencyId: [CURRENCY, 'currency-nobody'],
  resourceId: [RESOURCE_A, 'workspace-nobody'],
  featureId: [FEATURE, 'feature-nobody'],
  grantId: ['grant-nobody'],
  receiptId: ['receipt-nobody'],
  quoteId: ['quote-nobody'],
  planId: ['plan-nobody'],
  packId: ['pack-100', 'pack-nobody'],
  value: ['1', '0', '100000000000000000000000000000000000'],
  amount: ['5', '-5', '0.5', '-100000000000000000000000000000000000'],
  credits: ['50', '1', '100000000000'],
  requestedUsage: ['1', '99999999999999999999'],
  threshold: ['10', '900'],
  target: ['5', '50'],
  reason: ['because'],
  type: ['paid', 'grant', 'bogus'],
  status: ['active', 'bogus'],
  events: [[{ customerId: CUSTOMER_A, featureId: FEATURE, value: '-1' }]],
  idempotencyKey: ['fuzz-key'],
  scopes: [['read'], ['root']],
  expiresInSeconds: [1, 60, 10 ** 9],
  advanceSeconds: [-60, 0],
  to: ['2020-01-01T00:00:00Z'],
  limit: ['0', '501', '-1'],
  cursor: ['not-a-cursor'],
};

const plausibleFor = (name: string) => (Object.hasOwn(plausible, name) ? plausible[name]! : null);
const valueFor = (name: string) => {
  const values = plausibleFor(name);
  return values ? fc.oneof(fc.constantFrom(...values), hostileValue) : hostileValue;
};
const textFor = (name: string) =>
  fc.oneof(
    fc.constantFrom(...(plausibleFor(name) ?? []).filter((v) => typeof v === 'string'), 'x'),
    hostileText,
    fc.array(hostileText, { minLength: 2, maxLength: 3 }),
  );

/** Some of a schema's fields (and sometimes one it does not have), each with a generated value. */
function fields(names: string[], value: (name: string) => fc.Arbitrary<unknown>) {
  const extra = fc.constantFrom('zz', 'ammount', '__proto__', 'constructor', 'customerId');
  return fc
    .tuple(fc.subarray(names), fc.option(extra, { freq: 3 }))
    .chain(([keys, more]) => {
      const all = more && !keys.includes(more) ? [...keys, more] : keys;
      return fc.tuple(...all.map((key) => value(key).map((v) => [key, v] as const)));
    })
    .map((pairs) => {
      const out: Record<string, unknown> = {};
      for (const [key, v] of pairs) Object.defineProperty(out, key, { value: v, enumerable: true });
      return out;
    });
}

interface Generated {
  route: Route;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
  headers: Record<string, string>;
  asCustomer: boolean;
}

const routesToFuzz = routeList.filter((route) => route.id !== 'streamEvents');

const request: fc.Arbitrary<Generated> = fc.constantFrom(...routesToFuzz).chain((route) =>
  fc.record({
    route: fc.constant(route),
    params: fields(Object.keys(route.params?.shape ?? {}), textFor).map((p) => {
      // Every path parameter must be there for the route to match; a missing one gets a hostile value.
      const out: Record<string, string> = {};
      for (const key of Object.keys(route.params?.shape ?? {})) {
        const v = p[key];
        out[key] = typeof v === 'string' ? v : Array.isArray(v) ? v.join(',') : "'; DROP TABLE--";
      }
      return out;
    }) as fc.Arbitrary<Record<string, string>>,
    query: fields(Object.keys(route.query?.shape ?? {}), textFor) as fc.Arbitrary<Record<string, string | string[]>>,
    body: route.body
      ? fc.oneof(
          { weight: 4, arbitrary: fields(Object.keys(route.body.shape), valueFor) },
          { weight: 1, arbitrary: hostileValue },
        )
      : route.method === 'GET'
        ? fc.constant(undefined)
        : fc.oneof(fc.constant(undefined), fields([], valueFor)),
    headers: fc.option(
      fc.record({ 'idempotency-key': fc.oneof(hostileText, fc.constant('fuzz-key')) }, { requiredKeys: [] }),
      { nil: {} },
    ) as fc.Arbitrary<Record<string, string>>,
    asCustomer: fc.boolean(),
  }),
);

/* ------------------------------------------------------------- running */

function pathOf(g: Generated): string {
  let path: string = g.route.path;
  for (const [key, value] of Object.entries(g.params))
    path = path.replace(`{${key}}`, encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '?')));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(g.query)) {
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  return search.size > 0 ? `${path}?${search}` : path;
}

/** What the contract's own schemas say of the request, as the server will see it. */
function passesSchemas(g: Generated): boolean {
  if (g.body !== undefined && (typeof g.body !== 'object' || g.body === null)) return false;
  // Header values must survive HTTP: fetch refuses some characters before sending.
  try {
    parseInput(g.route, { params: g.params, query: g.query, body: g.body, headers: g.headers });
    return true;
  } catch {
    return false;
  }
}

async function send(g: Generated): Promise<Reply<{ error?: { code: string; message: string } }> | null> {
  const headers = { ...(g.asCustomer ? token : t.secret), ...g.headers };
  try {
    return await http.request(g.route.method, pathOf(g), { headers, body: g.body });
  } catch (error) {
    // fetch itself refuses some header values (a NUL, a lone surrogate): nothing reached the server.
    if (error instanceof TypeError && /header|ByteString/i.test(String(error.message))) return null;
    throw error;
  }
}

function expectEnvelope(res: Reply<{ error?: { code: string; message: string } }>, g: Generated): void {
  const what = `${g.route.method} ${pathOf(g).slice(0, 200)} ${JSON.stringify(g.body)?.slice(0, 300)}`;
  expect(res.status, what).toBeGreaterThanOrEqual(400);
  expect(res.status, what).toBeLessThan(500);
  expect(res.body.error?.code, what).toMatch(/^[a-z_]+$/);
  // A sentence: what was wrong and what to do, never a stack trace.
  expect(res.body.error?.message, what).toMatch(/^[A-Za-z`"].{15,}[.)]$/s);
  expect(res.body.error?.message, what).not.toMatch(/\n\s+at /);
}

describe('generated hostile requests', () => {
  it('refuses thousands that break the contract with 4xx envelopes, changing nothing', async () => {
    const before = records();
    const invalid = fc.sample(
      request.filter((g) => !passesSchemas(g)),
      { numRuns: 2000, seed: 20261123 },
    );
    let sent = 0;
    for (let i = 0; i < invalid.length; i += 8) {
      const slice = invalid.slice(i, i + 8);
      const replies = await Promise.all(slice.map(send));
      replies.forEach((res, j) => {
        if (res) expectEnvelope(res, slice[j]!);
        if (res) sent++;
      });
    }
    expect(sent).toBeGreaterThan(1900);
    expect(records()).toBe(before);
  }, 120_000);

  it('answers requests that pass the schemas but not the engine without a 5xx, and a refusal changes nothing', async () => {
    const valid = fc.sample(
      request.filter((g) => passesSchemas(g)),
      { numRuns: 400, seed: 20261124 },
    );
    let refusedCount = 0;
    for (const g of valid) {
      const before = records();
      const res = await send(g);
      if (!res) continue;
      expect(res.status, `${g.route.id} ${JSON.stringify(res.body)}`).toBeLessThan(500);
      if (res.status >= 400) {
        refusedCount++;
        expectEnvelope(res, g);
        expect(records(), `${g.route.id} changed state while refusing`).toBe(before);
      }
    }
    expect(refusedCount).toBeGreaterThan(100);
  }, 120_000);

  it('refuses bodies that are not JSON objects, and broken paths, with envelopes', async () => {
    const before = records();
    const usage = (body: string, type = 'application/json') =>
      http.request('POST', '/v1/usage', { headers: { ...t.secret, 'content-type': type }, body });
    const bodies = [
      '{',
      '{"customerId": }',
      "{'customerId': 'a'}",
      '[1,2,3]',
      '"text"',
      '42',
      'null',
      'true',
      '\ufeff{"a":1}',
      '{"a":1}{"b":2}',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      JSON.stringify({ customerId: CUSTOMER_A, featureId: FEATURE, value: '1', pad: 'x'.repeat(3_000_000) }),
    ];
    for (const body of bodies) {
      const res = await usage(body);
      expectEnvelope(res as Reply<{ error?: { code: string; message: string } }>, {
        route: routeList[0]!,
        params: {},
        query: {},
        body,
        headers: {},
        asCustomer: false,
      });
    }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect((await usage('{"value":"1"}', type)).status).toBe(415);
    }
    const paths = [
      '/v1/customers/%E0%A4%A/balance?currencyId=credits',
      '/v1/customers/%00/balance?currencyId=credits',
      `/v1/customers/${'a'.repeat(4000)}/balance?currencyId=credits`,
      '/v1/customers/customer-a/balance?currencyId=credits&currencyId=credits',
      '/v1/customers/customer-a/balance?currencyId[$ne]=x',
      '/v1/../../etc/passwd',
      '/v1/customers/customer-a/grants/..%2F..%2Fbalance/void',
    ];
    for (const path of paths) {
      for (const method of ['GET', 'POST']) {
        const res = await http.request<{ error?: { code: string } }>(method, path, { headers: t.secret });
        expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${method} ${path}`).toBeLessThan(500);
        expect(res.body.error?.code, `${method} ${path}`).toMatch(/^[a-z_]+$/);
      }
    }
    expect(records()).toBe(before);
  }, 60_000);
});
