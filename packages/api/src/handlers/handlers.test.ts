import { describe, expect, it } from 'vitest';
import { eventStream } from '../event-stream';
import { ok } from '../test/contract';
import { customer, fixture, secret } from '../test/fixture';

const c1 = { customerId: 'c1' };
const pool = { currencyId: 'tokens' };

describe('customers, resources and the catalogue', () => {
  it('creates and lists customers and resources, and provisions a plan into a resource pool', async () => {
    const { call, engine } = await fixture();
    ok('createCustomer', await call(secret, 'createCustomer', { body: { id: 'c3', name: 'Initech' } }));
    expect(ok<{ data: unknown[] }>('listCustomers', await call(secret, 'listCustomers')).data).toHaveLength(3);
    ok('createResource', await call(secret, 'createResource', { params: c1, body: { id: 'ws-2', name: 'Two' } }));
    const resources = ok<{ data: { id: string }[] }>(
      'listResources',
      await call(customer('c1'), 'listResources', { params: c1 }),
    );
    expect(resources.data.map((r) => r.id)).toEqual(expect.arrayContaining(['ws-1', 'ws-2']));
    const limited = await call(customer('c1', { resourceIds: ['ws-2'] }), 'listResources', { params: c1 });
    expect(ok<{ data: { id: string }[] }>('listResources', limited).data.map((r) => r.id)).toEqual(['ws-2']);

    await engine.definePlan({
      id: 'pro',
      displayName: 'Pro',
      allowances: [{ currencyId: 'tokens', amount: '1000', cadence: 'month', rollover: { mode: 'none' } }],
      rateOverrides: {},
    });
    const sub = await call(secret, 'provisionSubscription', {
      params: c1,
      body: { planId: 'pro', resourceId: 'ws-2' },
    });
    expect(ok('provisionSubscription', sub)).toMatchObject({ planId: 'pro', resourceId: 'ws-2' });
    const balance = await call(secret, 'getBalance', { params: c1, query: { ...pool, resourceId: 'ws-2' } });
    expect(ok('getBalance', balance)).toMatchObject({ balance: '1000.000' });
  });

  it('answers a repeated create with the same details with the first result, and other details with a conflict', async () => {
    const { call } = await fixture();
    const body = { id: 'c3', name: 'Initech', email: 'billing@initech.example' };
    const first = ok('createCustomer', await call(secret, 'createCustomer', { body }));
    const again = await call(secret, 'createCustomer', { body });
    expect(again.status).toBeLessThan(300);
    expect(again.body).toEqual(first);
    const other = await call(secret, 'createCustomer', { body: { ...body, name: 'Initrode' } });
    expect(other).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });

    const resource = { params: c1, body: { id: 'ws-9', name: 'Nine', type: 'workspace' } };
    const made = ok('createResource', await call(secret, 'createResource', resource));
    const repeated = await call(secret, 'createResource', resource);
    expect(repeated.status).toBeLessThan(300);
    expect(repeated.body).toEqual(made);
    const renamed = await call(secret, 'createResource', { ...resource, body: { ...resource.body, name: 'Ten' } });
    expect(renamed).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    expect(
      ok<{ data: { id: string }[] }>('listCustomers', await call(secret, 'listCustomers')).data.map((c) => c.id),
    ).toContain('c3');
  });

  it('lists currencies, features and packs with the custom amount bounds', async () => {
    const { call } = await fixture();
    const token = customer('c1');
    expect(ok<{ data: unknown[] }>('listCurrencies', await call(token, 'listCurrencies')).data).toHaveLength(1);
    ok('getCurrency', await call(token, 'getCurrency', { params: { currencyId: 'tokens' } }));
    ok('listFeatures', await call(token, 'listFeatures', { query: { currencyId: 'tokens' } }));
    const packs = ok('listPacks', await call(token, 'listPacks', { params: { currencyId: 'tokens' } }));
    expect(packs).toMatchObject({
      customAmount: { min: '100.000', max: '100000.000' },
      data: [{ id: 'small', price: { subtotal: '10.00', tax: '2.00', total: '12.00', billingCurrency: 'USD' } }],
    });
  });
});

describe('balances, grants and the ledger', () => {
  it('grants, lists, voids and shows it all in the ledger and its CSV', async () => {
    const { call } = await fixture();
    const grant = ok<{ id: string }>(
      'createGrant',
      await call(secret, 'createGrant', {
        params: c1,
        body: { ...pool, amount: '25', type: 'promotional', reason: 'Sorry' },
      }),
    );
    const summary = ok('getBalanceSummary', await call(customer('c1'), 'getBalanceSummary', { params: c1, query: {} }));
    expect(summary).toMatchObject({ totals: [{ currencyId: 'tokens', balance: '575.000' }] });
    const grants = ok<{ data: { id: string }[] }>(
      'listGrants',
      await call(customer('c1'), 'listGrants', { params: c1, query: { ...pool, limit: '1' } }),
    );
    expect(grants.data).toHaveLength(1);
    const voided = await call(secret, 'voidGrant', {
      params: { ...c1, grantId: grant.id },
      body: { reason: 'Mistake' },
    });
    expect(ok('voidGrant', voided)).toMatchObject({ status: 'voided' });
    const ledger = ok<{ data: { type: string }[] }>(
      'listLedger',
      await call(customer('c1'), 'listLedger', { params: c1, query: { ...pool, type: 'void' } }),
    );
    expect(ledger.data.map((e) => e.type)).toEqual(['void']);
    const csv = await call(customer('c1'), 'exportLedgerCsv', { params: c1, query: pool });
    expect(csv.contentType).toMatch(/^text\/csv/);
    expect(csv.headers?.['content-disposition']).toContain('ledger-c1-tokens.csv');
    expect(String(csv.body).split('\n')[0]).toContain('balanceAfter');
    ok('getUtilization', await call(customer('c1'), 'getUtilization', { params: c1, query: pool }));
    ok('getForecast', await call(customer('c1'), 'getForecast', { params: c1, query: { ...pool, windowDays: '7' } }));
  });

  it('adjusts with a reason and records it in the audit log', async () => {
    const { call } = await fixture();
    const adj = await call(secret, 'createAdjustment', {
      params: c1,
      body: { ...pool, amount: '-100', reason: 'Refund' },
    });
    expect(ok('createAdjustment', adj)).toMatchObject({ balanceAfter: '400.000' });
    const audit = ok<{ data: { action: string }[] }>(
      'listAudit',
      await call(secret, 'listAudit', { query: { customerId: 'c1' } }),
    );
    expect(audit.data[0]).toMatchObject({ action: 'balance.adjusted', actor: { type: 'admin' } });
  });
});

describe('usage', () => {
  it('is idempotent by body key or header, and refuses the two disagreeing', async () => {
    const { call } = await fixture();
    const event = { customerId: 'c1', featureId: 'chat', value: '1000' };
    const first = ok(
      'reportUsage',
      await call(secret, 'reportUsage', { body: event, headers: { 'idempotency-key': 'e1' } }),
    );
    expect(first).toMatchObject({ credits: '2.000', balanceAfter: '498.000', duplicate: false });
    const again = ok('reportUsage', await call(secret, 'reportUsage', { body: { ...event, idempotencyKey: 'e1' } }));
    expect(again).toMatchObject({ duplicate: true, balanceAfter: '498.000' });
    const clash = await call(secret, 'reportUsage', {
      body: { ...event, idempotencyKey: 'e2' },
      headers: { 'idempotency-key': 'e3' },
    });
    expect(clash.status).toBe(400);
  });

  it('applies a batch event by event and checks entitlement without consuming', async () => {
    const { call } = await fixture();
    const events = [
      { customerId: 'c1', featureId: 'chat', value: '500', idempotencyKey: 'b1' },
      { customerId: 'c1', featureId: 'nope', value: '1', idempotencyKey: 'b2' },
    ];
    const batch = ok('reportUsageBatch', await call(secret, 'reportUsageBatch', { body: { events } }));
    expect(batch).toMatchObject({
      accepted: 1,
      rejected: 1,
      results: [{ ok: true }, { ok: false, error: { code: 'not_found' } }],
    });
    const check = await call(customer('c1'), 'checkEntitlement', {
      params: c1,
      body: { featureId: 'chat', requestedUsage: '1000000' },
    });
    expect(ok('checkEntitlement', check)).toMatchObject({ isGranted: false, reason: 'insufficient_credits' });
  });
});

describe('checkout and auto-recharge', () => {
  it('quotes, pays once for a double click, and lists the receipt', async () => {
    const { call } = await fixture();
    const token = customer('c1');
    const quote = ok<{ id: string }>(
      'createQuote',
      await call(token, 'createQuote', { params: c1, body: { ...pool, packId: 'small' } }),
    );
    const payment = { cardNumber: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '123', name: 'A' };
    const body = { quoteId: quote.id, payment, idempotencyKey: 'click-1' };
    const [one, two] = await Promise.all([
      call(token, 'confirmCheckout', { params: c1, body }),
      call(token, 'confirmCheckout', { params: c1, body }),
    ]);
    const receipt = ok<{ id: string }>('confirmCheckout', one!);
    expect(ok<{ id: string }>('confirmCheckout', two!).id).toBe(receipt.id);
    ok('getReceipt', await call(token, 'getReceipt', { params: { ...c1, receiptId: receipt.id } }));
    expect(
      ok<{ data: unknown[] }>('listReceipts', await call(token, 'listReceipts', { params: c1 })).data,
    ).toHaveLength(1);
    const balance = ok('getBalance', await call(token, 'getBalance', { params: c1, query: pool }));
    expect(balance).toMatchObject({ balance: '1500.000' });
  });

  it('answers a declined card with 402 and grants nothing', async () => {
    const { call } = await fixture();
    const token = customer('c1');
    const quote = ok<{ id: string }>(
      'createQuote',
      await call(token, 'createQuote', { params: c1, body: { ...pool, credits: '200' } }),
    );
    const payment = { cardNumber: '4000000000000002', expMonth: 12, expYear: 2030, cvc: '123', name: 'A' };
    const res = await call(token, 'confirmCheckout', { params: c1, body: { quoteId: quote.id, payment } });
    expect(res).toMatchObject({ status: 402, body: { error: { code: 'payment_declined' } } });
    expect(ok('getBalance', await call(token, 'getBalance', { params: c1, query: pool }))).toMatchObject({
      balance: '500.000',
    });
  });

  it('has no policy until one is set, then reads it back with its status', async () => {
    const { call } = await fixture();
    const token = customer('c1');
    const params = { ...c1, currencyId: 'tokens' };
    expect((await call(token, 'getAutoRechargePolicy', { params })).status).toBe(404);
    const body = { enabled: true, threshold: '100', target: '1000', monthlySpendLimit: '50' };
    ok('updateAutoRechargePolicy', await call(token, 'updateAutoRechargePolicy', { params, body }));
    expect(ok('getAutoRechargePolicy', await call(token, 'getAutoRechargePolicy', { params }))).toMatchObject({
      enabled: true,
      threshold: '100.000',
      target: '1000.000',
      monthlySpendLimit: '50.00',
    });
    const status = ok('getAutoRechargeStatus', await call(token, 'getAutoRechargeStatus', { params }));
    expect(status).toMatchObject({ policy: { enabled: true }, monthlySpendLimit: '50.00' });
    const limited = await call(customer('c1', { resourceIds: ['ws-1'] }), 'updateAutoRechargePolicy', { params, body });
    expect(limited.status).toBe(403);
  });
});

describe('events, clock and tokens', () => {
  it('lists events after a sequence and streams missed then live ones', async () => {
    const { call, context } = await fixture();
    const listed = ok<{ data: { sequence: number }[] }>(
      'listEvents',
      await call(customer('c1'), 'listEvents', { params: c1 }),
    );
    expect(listed.data.length).toBeGreaterThan(0);
    const controller = new AbortController();
    const res = await call(customer('c1'), 'streamEvents', {
      params: c1,
      headers: { 'last-event-id': String(listed.data[0]!.sequence) },
      signal: controller.signal,
    });
    expect(res.contentType).toBe('text/event-stream');
    const frames = res.stream![Symbol.asyncIterator]();
    expect((await frames.next()).value).toBe('retry: 2000\n\n');
    const missed = String((await frames.next()).value);
    expect(missed).toContain(`id: ${listed.data[1]!.sequence}\nevent: credits.granted\n`);
    await context(secret).engine.createGrant({
      ...c1,
      ...pool,
      resourceId: null,
      type: 'paid',
      amount: '1',
      actor: { type: 'admin', id: 't' },
    });
    let live = '';
    while (!live.includes('"amount":"1.000"')) live = String((await frames.next()).value);
    controller.abort();
    expect((await frames.next()).done).toBe(true);
  });

  it('ends the stream of a reader that falls too far behind; its reconnect replays the rest from the log', async () => {
    const { context, engine } = await fixture();
    const controller = new AbortController();
    const frames = eventStream(context(customer('c1')), 'c1', { signal: controller.signal, maxQueued: 3 });
    expect((await frames.next()).value).toBe('retry: 2000\n\n');
    const waiting = frames.next();
    const grant = (n: number) =>
      engine.createGrant({
        ...c1,
        ...pool,
        resourceId: null,
        type: 'paid',
        amount: String(n),
        actor: { type: 'admin', id: 't' },
      });
    // One event wakes the reader; the five after it pile up while the reader is not reading.
    await grant(1);
    const first = String((await waiting).value);
    for (let n = 2; n <= 6; n++) await grant(n);
    expect((await frames.next()).done).toBe(true);
    const lastSeen = Number(/^id: (\d+)/.exec(first)![1]);
    const resumed = eventStream(context(customer('c1')), 'c1', { after: lastSeen, signal: controller.signal });
    const replayed: string[] = [];
    await resumed.next();
    for (let n = 2; n <= 6; n++) replayed.push(String((await resumed.next()).value));
    expect(replayed.every((f) => f.includes('event: credits.granted'))).toBe(true);
    expect(replayed.map((f) => /"amount":"(\d+)\.000"/.exec(f)?.[1])).toEqual(['2', '3', '4', '5', '6']);
    controller.abort();
  });

  it('streams a balance notice, without an id, when usage moves a pool the token may see', async () => {
    const { call, engine } = await fixture();
    const controller = new AbortController();
    const res = await call(customer('c1', { resourceIds: ['ws-1'] }), 'streamEvents', {
      params: c1,
      signal: controller.signal,
    });
    const frames = res.stream![Symbol.asyncIterator]();
    expect((await frames.next()).value).toBe('retry: 2000\n\n');
    const use = (customerId: string, resourceId: string | undefined, key: string) =>
      call(secret, 'reportUsage', {
        body: {
          customerId,
          featureId: 'chat',
          value: '10',
          idempotencyKey: key,
          ...(resourceId ? { resourceId } : {}),
        },
      });
    // Usage in the global pool, which this token may not see, sends nothing to it.
    expect((await use('c1', undefined, 'u-global')).status).toBe(200);
    expect((await use('c1', 'ws-1', 'u-ws')).status).toBe(200);
    const next = String((await frames.next()).value);
    expect(next.startsWith('event: credits.balance.changed\ndata: ')).toBe(true);
    expect(next).not.toContain('id: ');
    expect(JSON.parse(next.split('data: ')[1]!)).toEqual({
      type: 'credits.balance.changed',
      customerId: 'c1',
      currencyId: 'tokens',
      resourceId: 'ws-1',
      at: engine.clock.now().toISOString(),
    });
    controller.abort();
    expect((await frames.next()).done).toBe(true);
  });

  it('moves the clock forward in demo mode only', async () => {
    const { call, clock } = await fixture();
    expect(ok('getClock', await call(secret, 'getClock'))).toMatchObject({ controllable: false });
    expect((await call(secret, 'setClock', { body: { advanceSeconds: 60 } })).status).toBe(403);
    const demo = { demoMode: true, clock };
    const moved = await call(secret, 'setClock', { body: { advanceSeconds: 3600 } }, demo);
    expect(ok('setClock', moved)).toEqual({ now: '2026-11-15T13:00:00.000Z', controllable: true });
    const back = await call(secret, 'setClock', { body: { to: '2026-01-01T00:00:00Z' } }, demo);
    expect(back).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
  });

  it('mints a customer token through the injected signer with the defaults filled in', async () => {
    const { call } = await fixture();
    const seen: unknown[] = [];
    const tokens = {
      mint: (input: unknown) => (
        seen.push(input),
        Promise.resolve({ token: 'tok', expiresAt: '2026-11-15T13:00:00.000Z' })
      ),
    };
    const minted = ok(
      'mintCustomerToken',
      await call(secret, 'mintCustomerToken', { body: { customerId: 'c1' } }, { tokens }),
    );
    expect(minted).toMatchObject({ token: 'tok', resourceIds: null, scopes: ['read', 'checkout', 'auto_recharge'] });
    expect(seen).toEqual([
      { customerId: 'c1', resourceIds: null, scopes: ['read', 'checkout', 'auto_recharge'], expiresInSeconds: 3600 },
    ]);
    const unknown = await call(secret, 'mintCustomerToken', { body: { customerId: 'nobody' } }, { tokens });
    expect(unknown.status).toBe(404);
  });
});
