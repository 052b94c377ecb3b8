import { routeList } from '@creditkit/client';
import { Validator } from '@seriousme/openapi-schema-validator';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CURRENCY_ID, DEMO_CUSTOMER_ID, seedDemo } from '../src/seed';
import { testApp } from './helpers/app';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
  await seedDemo(t.engine, { moveClock: (at) => t.clock.set(at), endAt: new Date('2026-11-01T00:00:00Z'), days: 7 });
});

describe('the HTTP surface', () => {
  it('serves an OpenAPI 3.1 document that validates and has every route of the contract', async () => {
    const res = await request(t.app).get('/v1/openapi.json');
    expect(res.status).toBe(200);
    const result = await new Validator().validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const route of routeList) expect(res.body.paths[route.path]?.[route.method.toLowerCase()]).toBeDefined();
  });

  it('serves a readable reference page with no scripts from elsewhere', async () => {
    const res = await request(t.app).get('/v1/docs');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('/v1/customers/{customerId}/balance');
    expect(res.text).not.toMatch(/<script|https?:\/\/cdn/);
    // A document: its own content policy (inline styles only) and the document headers.
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    expect(res.headers).toMatchObject({ 'cross-origin-opener-policy': 'same-origin', 'x-frame-options': 'DENY' });
  });

  it('mints a customer token with the secret key, and the token reads its customer', async () => {
    const minted = await request(t.app)
      .post('/v1/tokens')
      .set(t.secret)
      .send({ customerId: DEMO_CUSTOMER_ID, scopes: ['read'] });
    expect(minted.status).toBe(201);
    const res = await request(t.app)
      .get(`/v1/customers/${DEMO_CUSTOMER_ID}/balance?currencyId=${DEMO_CURRENCY_ID}`)
      .set('authorization', `Bearer ${minted.body.token}`);
    expect(res.status).toBe(200);
    expect(res.body.balance).toMatch(/^\d+\.\d{3}$/);
  });

  it('exports the ledger as a CSV file', async () => {
    const res = await request(t.app)
      .get(`/v1/customers/${DEMO_CUSTOMER_ID}/ledger/export?currencyId=${DEMO_CURRENCY_ID}`)
      .set(t.secret);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=".+\.csv"/);
    expect(res.text.split('\n').length).toBeGreaterThan(10);
  });

  it('answers a wrong method with 405 and Allow, and a wrong path with 404, in the envelope', async () => {
    const wrong = await request(t.app).delete(`/v1/customers/${DEMO_CUSTOMER_ID}/balance`).set(t.secret);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('GET');
    expect(wrong.body.error.code).toBe('method_not_allowed');
    const missing = await request(t.app).get('/v1/nothing-here').set(t.secret);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/openapi\.json/);
  });

  it('refuses malformed JSON, oversized and non-JSON bodies with envelopes, never HTML', async () => {
    const malformed = await request(t.app)
      .post('/v1/usage')
      .set(t.secret)
      .set('content-type', 'application/json')
      .send('{"a":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('malformed_json');
    const huge = await request(t.app)
      .post('/v1/usage')
      .set(t.secret)
      .set('content-type', 'application/json')
      .send(JSON.stringify({ pad: 'x'.repeat(3 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
    const form = await request(t.app).post('/v1/usage').set(t.secret).type('form').send('a=1');
    expect(form.status).toBe(415);
    expect(form.body.error.code).toBe('unsupported_media_type');
  });

  it('reads a plain JSON body as the general parser reads any other spelling of JSON', async () => {
    const event = { customerId: DEMO_CUSTOMER_ID, featureId: 'nope', value: '1', idempotencyKey: 'body-1' };
    const bodies = ['\uFEFF \n' + JSON.stringify(event), ' 123', '\t[]', '{"a":', '"text"'];
    for (const body of bodies) {
      const answer = async (type: string) => {
        const res = await request(t.app).post('/v1/usage').set(t.secret).set('content-type', type).send(body);
        return [res.status, res.body.error?.code];
      };
      // The first spelling takes the short way, the second the general parser.
      expect(await answer('application/json'), body).toEqual(await answer('Application/JSON; charset=UTF-8'));
    }
  });

  it('matches routes as Express does: any case, one trailing slash, HEAD on GET, malformed escapes refused', async () => {
    for (const path of ['/V1/FEATURES', '/v1/features/']) {
      const res = await request(t.app).get(path).set(t.secret);
      expect(res.status, path).toBe(200);
    }
    expect((await request(t.app).head('/v1/features').set(t.secret)).status).toBe(200);
    const escape = await request(t.app).get('/v1/customers/%E0%A4%A/balance').set(t.secret);
    expect(escape.status).toBe(400);
    expect(escape.body.error.code).toBe('invalid_request');
    expect((await request(t.app).get('/v1/customers//balance').set(t.secret)).status).toBe(404);
  });

  it('streams events with ids, resuming after Last-Event-ID', async () => {
    const all = await request(t.app).get(`/v1/customers/${DEMO_CUSTOMER_ID}/events?limit=5`).set(t.secret);
    expect(all.status).toBe(200);
    const [first, second] = all.body.data;
    const server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const closed = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/v1/customers/${DEMO_CUSTOMER_ID}/events/stream`, {
      headers: { ...t.secret, 'last-event-id': String(first.sequence) },
      signal: closed.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    let text = '';
    const reader = res.body!.getReader();
    while (!/^data: .*\n\n/m.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    closed.abort();
    await new Promise((resolve) => server.close(resolve));
    // Resumes right after the event named, not from the start.
    expect(text).toMatch(new RegExp(`^id: ${second.sequence}$`, 'm'));
    expect(text).toMatch(/^data: \{/m);
  });
});
