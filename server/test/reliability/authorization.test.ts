// SPEC §6: on every route, a token of customer A gets nothing of customer B; expired, forged and
// missing credentials are refused; a customer token cannot use admin routes.
import { routeList, type Route } from '@creditkit/client';
import type { MemoryStore } from '@creditkit/core';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenIssuer } from '../../src/auth/tokens';
import { TEST_SECRET_KEY, testApp } from '../helpers/app';
import { CURRENCY, CUSTOMER_A, CUSTOMER_B, defineBasics, RESOURCE_A } from '../helpers/fixture';
import { listen, type Http } from '../helpers/http';

let t: Awaited<ReturnType<typeof testApp>>;
let http: Http;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const credentials: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  // Hundreds of refused credentials from one address: the lockout after repeated failures (tested
  // in auth.test.ts) would answer 429 before the 401s this suite is about.
  t = await testApp({ rateLimit: { failedAuthLimit: 100_000 } });
  await defineBasics(t.engine);
  http = await listen(t.app);
  const all = ['read', 'checkout', 'auto_recharge'] as const;
  credentials.customerA = await t.customer({ customerId: CUSTOMER_A, scopes: [...all] });
  const past = new TokenIssuer(TEST_SECRET_KEY, () => new Date(Date.now() - 86_400_000));
  credentials.expired = bearer(
    (await past.mint({ customerId: CUSTOMER_B, scopes: [...all], expiresInSeconds: 60 })).token,
  );
  const stranger = new TokenIssuer('ck_secret_of_another_server_entirely_000');
  credentials.forged = bearer((await stranger.mint({ customerId: CUSTOMER_B, scopes: [...all] })).token);
  credentials.unsigned = bearer(
    `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: CUSTOMER_B, scope: 'read checkout', rid: null, iss: 'creditkit', aud: 'creditkit-api' }),
    ).toString('base64url')}.`,
  );
  credentials.signedWithSecret = bearer(
    await new SignJWT({ scope: 'read', rid: null })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(CUSTOMER_B)
      .setIssuer('creditkit')
      .setAudience('creditkit-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_SECRET_KEY)),
  );
  credentials.wrongSecret = bearer(`${TEST_SECRET_KEY.slice(0, -1)}x`);
});
afterAll(() => http.close());

const records = () => (t.store as MemoryStore).records.length;

/** The route's path with customer B (and plausible ids) filled in; inputs do not matter to authorization. */
function pathFor(route: Route, customerId = CUSTOMER_B): string {
  const path = route.path
    .replace('{customerId}', customerId)
    .replace('{currencyId}', CURRENCY)
    .replace(/\{\w+\}/g, 'some-id');
  return route.query && 'currencyId' in route.query.shape ? `${path}?currencyId=${CURRENCY}` : path;
}

const bodyFor = (route: Route) => (route.method === 'GET' ? undefined : {});
const onOthers = (route: Route) => route.path.includes('{customerId}');

async function call(route: Route, headers: Record<string, string>, customerId?: string) {
  const res = await http.request<{ error?: { code: string; message: string } }>(
    route.method,
    pathFor(route, customerId),
    { headers, body: bodyFor(route) },
  );
  return { status: res.status, code: res.body.error?.code, message: res.body.error?.message ?? '' };
}

describe('the authorization matrix', () => {
  it('refuses a missing, expired, forged or unsigned credential on every route with a 401 sentence', async () => {
    const before = records();
    for (const route of routeList) {
      const none = await call(route, {});
      expect(none, route.id).toMatchObject({ status: 401, code: 'unauthorized' });
      expect(none.message).toMatch(/Authorization: Bearer/);
      expect(await call(route, credentials.expired!), route.id).toMatchObject({ status: 401, code: 'token_expired' });
      for (const kind of ['forged', 'unsigned', 'signedWithSecret', 'wrongSecret']) {
        expect(await call(route, credentials[kind]!), `${route.id} ${kind}`).toMatchObject({
          status: 401,
          code: 'invalid_token',
        });
      }
    }
    expect(records()).toBe(before);
  });

  it("gives a token of customer A nothing of customer B's, and no admin route at all", async () => {
    const before = records();
    const checked: string[] = [];
    for (const route of routeList) {
      if (route.auth === 'secret') {
        const res = await call(route, credentials.customerA!, CUSTOMER_A);
        expect(res, route.id).toMatchObject({ status: 403, code: 'forbidden' });
        expect(res.message).toMatch(/secret key/);
        checked.push(route.id);
      }
      if (onOthers(route)) {
        const res = await call(route, credentials.customerA!, CUSTOMER_B);
        expect([403, 404], route.id).toContain(res.status);
        checked.push(route.id);
      }
    }
    // Only the shared catalogue is readable without naming a customer.
    expect(routeList.filter((r) => !checked.includes(r.id)).map((r) => r.id)).toEqual([
      'listCurrencies',
      'getCurrency',
      'listFeatures',
      'listPacks',
    ]);
    expect(records()).toBe(before);
  });

  it('refuses the live stream of another customer, also with the token in the query', async () => {
    const other = await http.request('GET', `/v1/customers/${CUSTOMER_B}/events/stream`, {
      headers: credentials.customerA!,
    });
    expect(other.status).toBe(403);
    const token = credentials.customerA!.authorization!.slice('Bearer '.length);
    const viaQuery = await http.request('GET', `/v1/customers/${CUSTOMER_B}/events/stream?access_token=${token}`);
    expect(viaQuery.status).toBe(403);
    // The query token is only read on the stream: elsewhere it is no credential.
    const elsewhere = await http.request('GET', `/v1/customers/${CUSTOMER_A}?access_token=${token}`);
    expect(elsewhere.status).toBe(401);
  });

  it('keeps a token limited to a resource to that pool, and a read-only token from buying', async () => {
    const limited = await t.customer({ customerId: CUSTOMER_A, resourceIds: [RESOURCE_A], scopes: ['read'] });
    const balance = `/v1/customers/${CUSTOMER_A}/balance?currencyId=${CURRENCY}`;
    expect((await http.request('GET', `${balance}&resourceId=${RESOURCE_A}`, { headers: limited })).status).toBe(200);
    expect((await http.request('GET', balance, { headers: limited })).status).toBe(403);
    expect((await http.request('GET', `${balance}&resourceId=elsewhere`, { headers: limited })).status).toBe(403);
    const quote = await http.request<{ error: { code: string; message: string } }>(
      'POST',
      `/v1/customers/${CUSTOMER_A}/checkout/quotes`,
      { headers: limited, body: { currencyId: CURRENCY, resourceId: RESOURCE_A, packId: 'pack-100' } },
    );
    expect(quote.status).toBe(403);
    expect(quote.body.error.message).toMatch(/`checkout` scope/);
  });
});
