// Every operation of the contract over real HTTP, each answer checked against its response schema.
import { operationIds, routes, type OperationId, type Route } from '@creditkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CURRENCY_ID as CUR, DEMO_CUSTOMER_ID as CUS, seedDemo } from '../src/seed';
import { testApp } from './helpers/app';
import { listen, type Http, type Reply } from './helpers/http';

const NOW = '2026-11-01T00:00:00.000Z';
const pool = `currencyId=${CUR}`;
const card = { cardNumber: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '123', name: 'Ada' };

let t: Awaited<ReturnType<typeof testApp>>;
let http: Http;
let token: Record<string, string>;
const covered = new Set<OperationId>();

beforeAll(async () => {
  t = await testApp({ demoMode: true });
  await seedDemo(t.engine, { moveClock: (at) => t.clock.set(at), endAt: new Date(NOW), days: 7 });
  http = await listen(t.app);
  token = await t.customer({ customerId: CUS, scopes: ['read', 'checkout', 'auto_recharge'] });
});
afterAll(() => http.close());

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Calls operation `id` and asserts its success status and response schema; returns the body. */
async function ok(
  id: OperationId,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<Body> {
  const route: Route = routes[id];
  const res = await http.request<Body>(route.method, path, { headers: t.secret, ...options });
  expect(res.body, `${id}: ${JSON.stringify(res.body)}`).not.toHaveProperty('error');
  expect(res.status).toBe(route.successStatus ?? 200);
  covered.add(id);
  return route.response.parse(res.body) as Body;
}

function refused(res: Reply, status: number, code: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body).toMatchObject({ error: { code, message: expect.stringMatching(/\w+ \w+/) } });
}

const units = (decimal: string) => BigInt(decimal.replace('.', ''));
const balanceOf = async (query = pool) =>
  units((await ok('getBalance', `/v1/customers/${CUS}/balance?${query}`, { headers: token })).balance as string);

describe('customers and resources', () => {
  it('creates, reads and lists customers and their resources', async () => {
    const created = await ok('createCustomer', '/v1/customers', { body: { id: 'customer-new', name: 'New Co' } });
    expect(created).toMatchObject({ id: 'customer-new', name: 'New Co' });
    refused(
      await http.request('POST', '/v1/customers', { headers: t.secret, body: { id: 'customer-new', name: 'X' } }),
      409,
      'conflict',
    );
    const list = await ok('listCustomers', '/v1/customers');
    expect(list.data.map((c: Body) => c.id)).toEqual(expect.arrayContaining([CUS, 'customer-new']));
    expect(await ok('getCustomer', `/v1/customers/${CUS}`, { headers: token })).toMatchObject({ id: CUS });
    await ok('createResource', `/v1/customers/${CUS}/resources`, {
      body: { id: 'workspace-contract', name: 'Contract workspace', type: 'workspace' },
    });
    const resources = await ok('listResources', `/v1/customers/${CUS}/resources`, { headers: token });
    expect(resources.data.map((r: Body) => r.id)).toContain('workspace-contract');
    refused(await http.request('GET', '/v1/customers/customer-nobody', { headers: t.secret }), 404, 'not_found');
  });

  it('provisions a subscription into a resource pool, once per idempotency key', async () => {
    const body = { planId: 'plan-team', resourceId: 'workspace-contract', idempotencyKey: 'sub-contract-1' };
    const path = `/v1/customers/${CUS}/subscriptions`;
    const first = await ok('provisionSubscription', path, { body });
    expect(first).toMatchObject({ planId: 'plan-team', resourceId: 'workspace-contract' });
    expect((await ok('provisionSubscription', path, { body })).id).toBe(first.id);
    refused(
      await http.request('POST', path, { headers: t.secret, body: { ...body, planId: 'plan-pro' } }),
      409,
      'idempotency_conflict',
    );
    expect(await balanceOf(`${pool}&resourceId=workspace-contract`)).toBe(units('15000.000'));
  });
});

describe('catalogue', () => {
  it('lists currencies, features with rates and packs with their prices', async () => {
    const currencies = await ok('listCurrencies', '/v1/currencies', { headers: token });
    expect(currencies.data.map((c: Body) => c.id)).toContain(CUR);
    expect(await ok('getCurrency', `/v1/currencies/${CUR}`, { headers: token })).toMatchObject({
      id: CUR,
      precision: 3,
    });
    const features = await ok('listFeatures', `/v1/features?currencyId=${CUR}`, { headers: token });
    expect(features.data).toContainEqual(expect.objectContaining({ id: 'chat-large', rate: expect.any(String) }));
    const packs = await ok('listPacks', `/v1/currencies/${CUR}/packs`, { headers: token });
    expect(packs.data.length).toBeGreaterThan(0);
    expect(packs.customAmount).toEqual({ min: '1000.000', max: '500000.000' });
  });
});

describe('balances', () => {
  it('reads a pool, the summary over pools, utilization and the run-out forecast', async () => {
    const balance = await ok('getBalance', `/v1/customers/${CUS}/balance?${pool}`, { headers: token });
    const summary = await ok('getBalanceSummary', `/v1/customers/${CUS}/balances?${pool}`, { headers: token });
    expect(summary.pools).toContainEqual(expect.objectContaining({ resourceId: null, balance: balance.balance }));
    expect(summary.pools.length).toBeGreaterThan(1);
    const utilization = await ok('getUtilization', `/v1/customers/${CUS}/utilization?${pool}`, { headers: token });
    expect(units(utilization.used as string)).toBeGreaterThan(0n);
    await ok('getForecast', `/v1/customers/${CUS}/forecast?${pool}&windowDays=7`, { headers: token });
  });
});

describe('grants and the ledger', () => {
  it('grants once per idempotency key, pages grants by cursor, and voids', async () => {
    const path = `/v1/customers/${CUS}/grants`;
    const before = await balanceOf();
    const body = {
      currencyId: CUR,
      amount: '250',
      type: 'promotional',
      reason: 'Contract test',
      idempotencyKey: 'g-1',
    };
    const grant = await ok('createGrant', path, { body });
    expect(grant).toMatchObject({ type: 'promotional', status: 'active', amount: '250.000' });
    expect((await ok('createGrant', path, { body })).id).toBe(grant.id);
    refused(
      await http.request('POST', path, { headers: t.secret, body: { ...body, amount: '251' } }),
      409,
      'idempotency_conflict',
    );
    expect(await balanceOf()).toBe(before + units('250.000'));

    const first = await ok('listGrants', `${path}?${pool}&limit=2`, { headers: token });
    expect(first.data).toHaveLength(2);
    const second = await ok('listGrants', `${path}?${pool}&limit=2&cursor=${encodeURIComponent(first.nextCursor)}`, {
      headers: token,
    });
    expect(second.data.map((g: Body) => g.id)).not.toContain(first.data[0].id);
    const voided = await ok('listGrants', `${path}?${pool}&status=voided`, { headers: token });
    expect(voided.data.every((g: Body) => g.status === 'voided')).toBe(true);

    const done = await ok('voidGrant', `${path}/${grant.id}/void`, { body: { reason: 'Granted by mistake' } });
    expect(done).toMatchObject({ id: grant.id, status: 'voided' });
    expect(await balanceOf()).toBe(before);
  });

  it('lists the ledger by type and window, and exports it as CSV', async () => {
    const path = `/v1/customers/${CUS}/ledger`;
    const voids = await ok('listLedger', `${path}?${pool}&type=void`, { headers: token });
    expect(voids.data.length).toBeGreaterThan(0);
    expect(voids.data.every((e: Body) => e.type === 'void')).toBe(true);
    const window = `from=2026-10-29T00:00:00Z&to=2026-10-30T00:00:00Z`;
    const day = await ok('listLedger', `${path}?${pool}&type=consumption&type=grant&${window}&limit=5`, {
      headers: token,
    });
    expect(day.data).toHaveLength(5);
    for (const entry of day.data) expect(entry.at.slice(0, 10)).toBe('2026-10-29');
    const res = await http.request('GET', `${path}/export?${pool}&${window}`, { headers: token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    routes.exportLedgerCsv.response.parse(res.body);
    covered.add('exportLedgerCsv');
    const lines = String(res.body).trim().split('\n');
    expect(lines[0]).toMatch(/balanceAfter/);
    expect(lines.length).toBeGreaterThan(5);
  });
});

describe('usage', () => {
  it('reports one event once per idempotency key, and a batch event by event', async () => {
    const before = await balanceOf();
    const event = { customerId: CUS, featureId: 'chat-large', value: '1000', dimensions: { model: 'gpt-4o' } };
    const headers = { ...t.secret, 'idempotency-key': 'u-1' };
    const first = await ok('reportUsage', '/v1/usage', { headers, body: event });
    expect(first).toMatchObject({ credits: '3.000', duplicate: false });
    expect(await ok('reportUsage', '/v1/usage', { headers, body: event })).toMatchObject({ duplicate: true });
    refused(
      await http.request('POST', '/v1/usage', { headers, body: { ...event, value: '1001' } }),
      409,
      'idempotency_conflict',
    );
    const batch = await ok('reportUsageBatch', '/v1/usage/batch', {
      body: {
        events: [
          { ...event, idempotencyKey: 'b-1' },
          { ...event, featureId: 'no-such-feature', idempotencyKey: 'b-2' },
        ],
      },
    });
    expect(batch).toMatchObject({ accepted: 1, rejected: 1, results: [{ ok: true }, { ok: false }] });
    expect(await balanceOf()).toBe(before - units('6.000'));
  });

  it('checks an entitlement without consuming', async () => {
    const before = await balanceOf();
    const check = await ok('checkEntitlement', `/v1/customers/${CUS}/entitlements/check`, {
      headers: token,
      body: { featureId: 'chat-large', requestedUsage: '2000' },
    });
    expect(check).toMatchObject({ isGranted: true, requestedCredits: '6.000' });
    const tooMuch = await ok('checkEntitlement', `/v1/customers/${CUS}/entitlements/check`, {
      headers: token,
      body: { featureId: 'chat-large', requestedUsage: '100000000000' },
    });
    expect(tooMuch).toMatchObject({ isGranted: false, reason: 'insufficient_credits' });
    expect(await balanceOf()).toBe(before);
  });

  it('queries usage grouped by a dimension with filters, and lists the dimensions seen', async () => {
    const path = `/v1/customers/${CUS}/usage`;
    const dims = await ok('listUsageDimensions', `${path}/dimensions?${pool}&preset=7d&allPools=true`, {
      headers: token,
    });
    expect(dims.dimensions.map((d: Body) => d.key).sort()).toEqual(['model', 'region', 'source', 'user_id']);
    const region = dims.dimensions.find((d: Body) => d.key === 'region').values as string[];
    const query = `${pool}&preset=7d&granularity=day&groupBy=model&filter=region:${region[0]}&filter=region:${region[1]}`;
    const usage = await ok('queryUsage', `${path}?${query}`, { headers: token });
    expect(usage.series.length).toBeGreaterThan(0);
    expect(usage.series[0].points.length).toBeGreaterThanOrEqual(7);
  });
});

describe('checkout and auto-recharge', () => {
  it('quotes a pack, pays once for a double click, and lists and reads the receipt', async () => {
    const before = await balanceOf();
    const packs = await ok('listPacks', `/v1/currencies/${CUR}/packs`, { headers: token });
    const pack = packs.data[0];
    const quote = await ok('createQuote', `/v1/customers/${CUS}/checkout/quotes`, {
      headers: token,
      body: { currencyId: CUR, packId: pack.id },
    });
    expect(quote).toMatchObject({ credits: pack.credits });
    const confirm = { quoteId: quote.id, payment: card, idempotencyKey: 'click-1' };
    const [a, b] = await Promise.all([
      ok('confirmCheckout', `/v1/customers/${CUS}/checkout/confirm`, { headers: token, body: confirm }),
      ok('confirmCheckout', `/v1/customers/${CUS}/checkout/confirm`, { headers: token, body: confirm }),
    ]);
    expect(b.id).toBe(a.id);
    expect(await balanceOf()).toBe(before + units(pack.credits as string));
    const receipts = await ok('listReceipts', `/v1/customers/${CUS}/receipts`, { headers: token });
    expect(receipts.data.map((r: Body) => r.id)).toContain(a.id);
    expect(await ok('getReceipt', `/v1/customers/${CUS}/receipts/${a.id}`, { headers: token })).toMatchObject({
      id: a.id,
    });
  });

  it('answers a declined card with 402 and grants nothing', async () => {
    const before = await balanceOf();
    const quote = await ok('createQuote', `/v1/customers/${CUS}/checkout/quotes`, {
      headers: token,
      body: { currencyId: CUR, credits: '2000' },
    });
    const declined = await http.request('POST', `/v1/customers/${CUS}/checkout/confirm`, {
      headers: token,
      body: { quoteId: quote.id, payment: { ...card, cardNumber: '4000 0000 0000 0002' } },
    });
    refused(declined, 402, 'payment_declined');
    expect(await balanceOf()).toBe(before);
  });

  it('reads and updates the auto-recharge policy, and its status this month', async () => {
    const path = `/v1/customers/${CUS}/auto-recharge/${CUR}`;
    const policy = await ok('getAutoRechargePolicy', path, { headers: token });
    expect(policy.enabled).toBe(true);
    const body = { enabled: true, threshold: '2000', target: '9000', monthlySpendLimit: '75' };
    expect(await ok('updateAutoRechargePolicy', path, { headers: token, body })).toMatchObject({
      threshold: '2000.000',
      target: '9000.000',
      monthlySpendLimit: '75.00',
    });
    expect(await ok('getAutoRechargeStatus', `${path}/status`, { headers: token })).toMatchObject({
      monthlySpendLimit: '75.00',
    });
  });
});

describe('events, admin and tokens', () => {
  it('lists events in order and streams them live', async () => {
    const page = await ok('listEvents', `/v1/customers/${CUS}/events?limit=3`, { headers: token });
    expect(page.data).toHaveLength(3);
    const next = await ok('listEvents', `/v1/customers/${CUS}/events?limit=3&after=${page.nextCursor}`, {
      headers: token,
    });
    expect(next.data[0].sequence).toBeGreaterThan(page.data[2].sequence);

    const closed = new AbortController();
    const res = await fetch(`${http.base}/v1/customers/${CUS}/events/stream`, {
      headers: token,
      signal: closed.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    await ok('createGrant', `/v1/customers/${CUS}/grants`, { body: { currencyId: CUR, amount: '1', reason: 'live' } });
    let text = '';
    while (!text.includes('credits.granted')) text += new TextDecoder().decode((await reader.read()).value);
    closed.abort();
    covered.add('streamEvents');
  });

  it('adjusts a pool with a reason, and shows it in the audit log', async () => {
    const before = await balanceOf();
    const adjustment = await ok('createAdjustment', `/v1/customers/${CUS}/adjustments`, {
      body: { currencyId: CUR, amount: '-10', reason: 'Goodwill correction', idempotencyKey: 'adj-1' },
    });
    expect(units(adjustment.balanceAfter as string)).toBe(before - units('10.000'));
    const audit = await ok('listAudit', `/v1/audit?customerId=${CUS}&limit=5`);
    expect(audit.data[0]).toMatchObject({ action: 'balance.adjusted', reason: 'Goodwill correction' });
  });

  it('reads the clock and moves it forward in demo mode only', async () => {
    expect(await ok('getClock', '/v1/admin/clock')).toEqual({ now: NOW, controllable: true });
    const moved = await ok('setClock', '/v1/admin/clock', { body: { advanceSeconds: 3600 } });
    expect(moved.now).toBe('2026-11-01T01:00:00.000Z');
    refused(await http.request('POST', '/v1/admin/clock', { headers: t.secret, body: { to: NOW } }), 409, 'conflict');
  });

  it('mints a customer token that reads its customer', async () => {
    const minted = await ok('mintCustomerToken', '/v1/tokens', {
      body: { customerId: CUS, scopes: ['read'], expiresInSeconds: 600 },
    });
    expect(minted).toMatchObject({ customerId: CUS, scopes: ['read'], resourceIds: null });
    await ok('getCustomer', `/v1/customers/${CUS}`, { headers: { authorization: `Bearer ${minted.token}` } });
  });

  it('has exercised every operation of the contract', () => {
    expect(operationIds.filter((id) => !covered.has(id))).toEqual([]);
  });
});
