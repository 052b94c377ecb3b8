import { describe, expect, it } from 'vitest';
import { customer, fixture, secret } from './test/fixture';

const pool = { currencyId: 'tokens' };

describe('handle: validation', () => {
  it('names the missing field and says what to send', async () => {
    const { call } = await fixture();
    const res = await call(secret, 'getBalance', { params: { customerId: 'c1' }, query: {} });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: {
        code: 'invalid_request',
        message: expect.stringMatching(/query field `currencyId`: is required/),
        details: { fields: [{ field: '`currencyId`', in: 'query' }] },
      },
    });
  });

  it('refuses unknown body fields instead of ignoring them, and changes nothing', async () => {
    const { call, engine } = await fixture();
    const res = await call(secret, 'createGrant', {
      params: { customerId: 'c1' },
      body: { currencyId: 'tokens', ammount: '5' },
    });
    expect(res.status).toBe(400);
    const message = (res.body as { error: { message: string } }).error.message;
    expect(message).toMatch(/`amount`: is required/);
    expect(JSON.stringify(res.body)).toContain('`ammount`');
    expect(engine.balance({ customerId: 'c1', currencyId: 'tokens', resourceId: null }).balance).toBe('500.000');
  });

  it('refuses numbers for amounts, non-ISO dates and a body that is not an object', async () => {
    const { call } = await fixture();
    const asNumber = await call(secret, 'createGrant', { params: { customerId: 'c1' }, body: { ...pool, amount: 5 } });
    expect(asNumber.status).toBe(400);
    expect(JSON.stringify(asNumber.body)).toContain('must be a string, not a number');
    const badDate = await call(secret, 'listLedger', {
      params: { customerId: 'c1' },
      query: { ...pool, from: 'yesterday' },
    });
    expect(JSON.stringify(badDate.body)).toContain('ISO 8601');
    const notObject = await call(secret, 'reportUsage', { body: [1, 2] });
    expect(notObject.status).toBe(400);
  });

  it('accepts a repeatable query field given once or many times', async () => {
    const { call } = await fixture();
    const once = await call(secret, 'listGrants', {
      params: { customerId: 'c1' },
      query: { ...pool, status: 'active' },
    });
    const many = await call(secret, 'listGrants', {
      params: { customerId: 'c1' },
      query: { ...pool, status: ['active', 'scheduled'] },
    });
    expect(once.status).toBe(200);
    expect(many.body).toEqual(once.body);
  });

  it('answers engine refusals with their status and code', async () => {
    const { call } = await fixture();
    const res = await call(secret, 'reportUsage', {
      body: { customerId: 'c1', featureId: 'chat', value: '1000000', idempotencyKey: 'big' },
    });
    expect(res).toMatchObject({ status: 402, body: { error: { code: 'insufficient_credits' } } });
    const missing = await call(secret, 'getCustomer', { params: { customerId: 'nobody' } });
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });
});

describe('handle: resource-limited customer tokens', () => {
  const limited = customer('c1', { resourceIds: ['ws-1'] });

  it('reach their resource pools only', async () => {
    const { call } = await fixture();
    const own = await call(limited, 'getBalance', {
      params: { customerId: 'c1' },
      query: { ...pool, resourceId: 'ws-1' },
    });
    expect(own).toMatchObject({ status: 200, body: { balance: '50.000' } });
    const global = await call(limited, 'getBalance', { params: { customerId: 'c1' }, query: pool });
    expect(global).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    const all = await call(limited, 'queryUsage', {
      params: { customerId: 'c1' },
      query: { ...pool, allPools: 'true' },
    });
    expect(all.status).toBe(403);
  });

  it('see only their pools in the summary, and totals over those alone', async () => {
    const { call } = await fixture();
    const res = await call(limited, 'getBalanceSummary', { params: { customerId: 'c1' }, query: {} });
    expect(res.body).toMatchObject({
      pools: [{ resourceId: 'ws-1', balance: '50.000' }],
      totals: [{ currencyId: 'tokens', balance: '50.000' }],
    });
  });
});
