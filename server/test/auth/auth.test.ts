import { SignJWT, UnsecuredJWT } from 'jose';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveSecretKey } from '../../src/auth/secret-key';
import { TokenIssuer } from '../../src/auth/tokens';
import { DEMO_CURRENCY_ID, DEMO_CUSTOMER_ID, seedDemo } from '../../src/seed';
import { TEST_SECRET_KEY, testApp } from '../helpers/app';

describe('the secret key', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'creditkit-key-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is generated on first start, kept owner-readable in the data folder, and reused after', async () => {
    const first = await resolveSecretKey(dir, {});
    expect(first.value).toMatch(/^ck_secret_[A-Za-z0-9_-]{40,}$/);
    expect(first.source).toEqual({ kind: 'file', file: join(dir, 'secret-key'), created: true });
    expect((await stat(join(dir, 'secret-key'))).mode & 0o777).toBe(0o600);
    expect((await readFile(join(dir, 'secret-key'), 'utf8')).trim()).toBe(first.value);
    const second = await resolveSecretKey(dir, {});
    expect(second.value).toBe(first.value);
    expect(second.source).toMatchObject({ created: false });
  });

  it('comes from CREDITKIT_SECRET_KEY when set, which must be long enough', async () => {
    const key = await resolveSecretKey(dir, { CREDITKIT_SECRET_KEY: TEST_SECRET_KEY });
    expect(key).toEqual({ value: TEST_SECRET_KEY, source: { kind: 'env', variable: 'CREDITKIT_SECRET_KEY' } });
    await expect(resolveSecretKey(dir, { CREDITKIT_SECRET_KEY: 'short' })).rejects.toThrow(/at least 24/);
  });
});

describe('customer tokens', () => {
  const issuer = new TokenIssuer(TEST_SECRET_KEY);

  it('carry the customer, its resources, scopes and expiry', async () => {
    const minted = await issuer.mint({
      customerId: 'customer-a',
      resourceIds: ['workspace-1'],
      scopes: ['read'],
      expiresInSeconds: 120,
    });
    const principal = await issuer.verify(minted.token);
    expect(principal).toEqual({
      kind: 'customer',
      customerId: 'customer-a',
      resourceIds: ['workspace-1'],
      scopes: ['read'],
      expiresAt: minted.expiresAt,
    });
    expect(
      (await issuer.verify((await issuer.mint({ customerId: 'b', scopes: ['read'] })).token)).resourceIds,
    ).toBeNull();
  });

  it('are refused once expired, with a sentence that says to mint a new one', async () => {
    const past = new TokenIssuer(TEST_SECRET_KEY, () => new Date(Date.now() - 2 * 3600_000));
    const { token } = await past.mint({ customerId: 'a', scopes: ['read'], expiresInSeconds: 60 });
    await expect(issuer.verify(token)).rejects.toMatchObject({ status: 401, code: 'token_expired' });
  });

  it('are refused when signed with another key, tampered with, or unsigned', async () => {
    const other = new TokenIssuer('ck_secret_another_key_entirely_0000000');
    const forged = (await other.mint({ customerId: 'a', scopes: ['read'] })).token;
    await expect(issuer.verify(forged)).rejects.toMatchObject({ status: 401, code: 'invalid_token' });
    const [header, , signature] = (await issuer.mint({ customerId: 'a', scopes: ['read'] })).token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'b', scope: 'read', rid: null })).toString('base64url');
    await expect(issuer.verify(`${header}.${payload}.${signature}`)).rejects.toMatchObject({ code: 'invalid_token' });
    const unsigned = new UnsecuredJWT({ scope: 'read', rid: null }).setSubject('a').setExpirationTime('1h').encode();
    await expect(issuer.verify(unsigned)).rejects.toMatchObject({ code: 'invalid_token' });
    // Signed with the secret key itself (not the derived key): still not a token of this server.
    const raw = await new SignJWT({ scope: 'read', rid: null })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_SECRET_KEY));
    await expect(issuer.verify(raw)).rejects.toMatchObject({ code: 'invalid_token' });
  });

  it('cannot be minted for longer than 30 days', async () => {
    await expect(
      issuer.mint({ customerId: 'a', scopes: ['read'], expiresInSeconds: 31 * 86_400 }),
    ).rejects.toMatchObject({
      status: 400,
    });
  });
});

describe('credentials over HTTP', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const balance = `/v1/customers/${DEMO_CUSTOMER_ID}/balance?currencyId=${DEMO_CURRENCY_ID}`;
  beforeEach(async () => {
    t = await testApp({ rateLimit: { limit: 5 } });
    await seedDemo(t.engine, { moveClock: (at) => t.clock.set(at), endAt: new Date('2026-11-01T00:00:00Z'), days: 7 });
  });

  it('refuses a request with no credential, a malformed header or a wrong key, with a 401 sentence', async () => {
    const none = await request(t.app).get(balance);
    expect(none.status).toBe(401);
    expect(none.body.error).toMatchObject({ code: 'unauthorized' });
    expect(none.body.error.message).toMatch(/Authorization: Bearer/);
    const basic = await request(t.app).get(balance).set('authorization', 'Basic abc');
    expect(basic.body.error.code).toBe('invalid_credentials');
    const wrong = await request(t.app).get(balance).set('authorization', 'Bearer ck_secret_wrong');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_token');
  });

  it("lets a customer token read its own customer's pool and nothing of another customer", async () => {
    const own = await request(t.app)
      .get(balance)
      .set(await t.customer({ customerId: DEMO_CUSTOMER_ID }));
    expect(own.status).toBe(200);
    const other = await request(t.app)
      .get(balance)
      .set(await t.customer({ customerId: 'customer-other' }));
    expect(other.status).toBe(403);
    expect(other.body.error.message).toMatch(/customer/);
  });

  it('limits the rate of customer-token requests with a 429 envelope, but not the secret key', async () => {
    const headers = await t.customer({ customerId: DEMO_CUSTOMER_ID });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await request(t.app).get(balance).set(headers)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await request(t.app).get(balance).set(headers);
    expect(limited.body.error).toMatchObject({ code: 'rate_limited' });
    expect(limited.headers.ratelimit).toBeDefined();
    for (let i = 0; i < 7; i++) expect((await request(t.app).get(balance).set(t.secret)).status).toBe(200);
  });

  it('locks an address out after repeated failed authentications, right key included, with a 429 naming the wait', async () => {
    const guarded = await testApp({ rateLimit: { failedAuthLimit: 3 } });
    const path = `/v1/customers/${DEMO_CUSTOMER_ID}/balance?currencyId=${DEMO_CURRENCY_ID}`;
    const wrong = { authorization: 'Bearer ck_secret_guess' };
    const statuses: number[] = [];
    for (const header of [wrong, wrong, { authorization: 'Basic abc' }]) {
      statuses.push((await request(guarded.app).get(path).set(header)).status);
    }
    // A malformed header counts too; a request with no credential at all is not a guess.
    expect(statuses).toEqual([401, 401, 401]);
    expect((await request(guarded.app).get(path)).status).toBe(401);

    const locked = await request(guarded.app).get(path).set(wrong);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('auth_rate_limited');
    expect(locked.body.error.message).toMatch(/at most 3 per 60 s.*retry in \d+ s/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // The right key is refused as well: otherwise the one answer that is not a 429 would confirm a guess.
    const right = await request(guarded.app).get(path).set(guarded.secret);
    expect(right.status).toBe(429);
  });

  it('sends API security headers and answers CORS preflights', async () => {
    const res = await request(t.app).get(balance).set(t.secret);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    // How long the server itself took, for developer tools and the bench's server-side latency.
    expect(res.headers['server-timing']).toMatch(/^app;dur=\d+\.\d{3}$/);
    const refused = await request(t.app).get(balance);
    expect(refused.status).toBe(401);
    expect(refused.headers['server-timing']).toMatch(/^app;dur=/);
    const preflight = await request(t.app)
      .options(balance)
      .set('origin', 'https://app.example.com')
      .set('access-control-request-method', 'GET');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization');
  });
});
