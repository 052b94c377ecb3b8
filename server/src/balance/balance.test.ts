import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../../test/helpers/app';
import { DEMO_CURRENCY_ID, DEMO_CUSTOMER_ID, seedDemo } from '../seed';

describe('GET /v1/customers/:id/balance', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    t = await testApp();
    await seedDemo(t.engine, { moveClock: (at) => t.clock.set(at), endAt: new Date('2026-11-01T00:00:00Z'), days: 7 });
  });

  it('answers the global pool balance as a decimal string', async () => {
    const res = await request(t.app)
      .get(`/v1/customers/${DEMO_CUSTOMER_ID}/balance`)
      .set(t.secret)
      .query({ currencyId: DEMO_CURRENCY_ID });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      customerId: DEMO_CUSTOMER_ID,
      resourceId: null,
      balance: t.engine.balance({ customerId: DEMO_CUSTOMER_ID, currencyId: DEMO_CURRENCY_ID, resourceId: null })
        .balance,
      precision: 3,
    });
  });

  it('refuses a missing currencyId with a sentence naming the field', async () => {
    const res = await request(t.app).get(`/v1/customers/${DEMO_CUSTOMER_ID}/balance`).set(t.secret);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toMatch(/currencyId/);
  });

  it('answers an unknown currency with 404 in the envelope', async () => {
    const res = await request(t.app)
      .get(`/v1/customers/${DEMO_CUSTOMER_ID}/balance`)
      .set(t.secret)
      .query({ currencyId: 'nope' });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'not_found' });
  });

  it('answers unknown routes and malformed JSON in the envelope, not HTML', async () => {
    const missing = await request(t.app).get('/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('route_not_found');
    const malformed = await request(t.app).post('/v1/anything').set('content-type', 'application/json').send('{"a":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('malformed_json');
  });
});
