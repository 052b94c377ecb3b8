import { describe, expect, it, vi } from 'vitest';
import { createCreditsClient } from './client';
import { CreditsApiError } from './errors';

function recordingFetch(respond: (url: URL, init: RequestInit) => Response) {
  const calls: { url: URL; init: RequestInit }[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    calls.push({ url, init });
    return Promise.resolve(respond(url, init));
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createCreditsClient', () => {
  it('puts path parameters in the path and the rest of a GET in the query, with the bearer token', async () => {
    const { fetch, calls } = recordingFetch(() => json({ data: [], nextCursor: null }));
    const client = createCreditsClient({ baseUrl: 'https://credits.test/', token: 'tok_1', fetch });
    await client.listGrants({
      customerId: 'acme co',
      currencyId: 'cred',
      resourceId: null,
      status: 'active',
      limit: 20,
    });
    const { url, init } = calls[0]!;
    expect(url.pathname).toBe('/v1/customers/acme%20co/grants');
    expect(Object.fromEntries(url.searchParams)).toEqual({ currencyId: 'cred', status: 'active', limit: '20' });
    expect(init.method).toBe('GET');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer tok_1');
  });

  it('repeats array query fields and sends non-GET fields as a JSON body', async () => {
    const { fetch, calls } = recordingFetch(() => json({}, 201));
    const client = createCreditsClient({ baseUrl: 'https://credits.test', fetch });
    await client.queryUsage({ customerId: 'c', currencyId: 'cred', filter: ['model:a', 'model:b'], allPools: true });
    expect(calls[0]!.url.searchParams.getAll('filter')).toEqual(['model:a', 'model:b']);
    expect(calls[0]!.url.searchParams.get('allPools')).toBe('true');

    await client.createGrant({ customerId: 'c', currencyId: 'cred', amount: '10', reason: 'Welcome' });
    const { url, init } = calls[1]!;
    expect(url.pathname).toBe('/v1/customers/c/grants');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ currencyId: 'cred', amount: '10', reason: 'Welcome' });
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
  });

  it('returns the CSV export as text', async () => {
    const { fetch } = recordingFetch(() => new Response('id,createdAt\n', { headers: { 'content-type': 'text/csv' } }));
    const client = createCreditsClient({ baseUrl: 'https://credits.test', fetch });
    await expect(client.exportLedgerCsv({ customerId: 'c', currencyId: 'cred' })).resolves.toBe('id,createdAt\n');
  });

  it('throws CreditsApiError with the envelope code, message, details and status', async () => {
    const envelope = { error: { code: 'insufficient_credits', message: 'Not enough.', details: { balance: '1' } } };
    const { fetch } = recordingFetch(() => json(envelope, 402));
    const client = createCreditsClient({ baseUrl: 'https://credits.test', fetch });
    const error = await client
      .reportUsage({ customerId: 'c', featureId: 'f', value: '5' })
      .catch((e: unknown) => e as CreditsApiError);
    expect(error).toBeInstanceOf(CreditsApiError);
    expect(error).toMatchObject({
      status: 402,
      code: 'insufficient_credits',
      message: 'Not enough.',
      details: { balance: '1' },
    });
  });

  it('names a non-envelope answer and an unreachable server in the error', async () => {
    const html = createCreditsClient({
      baseUrl: 'https://credits.test',
      fetch: recordingFetch(() => new Response('<html>', { status: 502 })).fetch,
    });
    await expect(html.listCurrencies()).rejects.toMatchObject({ status: 502, code: 'http_error' });
    const offline = createCreditsClient({
      baseUrl: 'https://credits.test',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    await expect(offline.listCurrencies()).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('passes the abort signal through and rejects with the abort, not a network error', async () => {
    const controller = new AbortController();
    const fetch = (_: RequestInfo | URL, init: RequestInit = {}) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const client = createCreditsClient({ baseUrl: 'https://credits.test', fetch });
    const pending = client.getBalance({ customerId: 'c', currencyId: 'cred' }, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('asks a token function on every request', async () => {
    const { fetch, calls } = recordingFetch(() => json({ data: [] }));
    let current = 'first';
    const client = createCreditsClient({ baseUrl: 'https://credits.test', token: () => current, fetch });
    await client.listCurrencies();
    current = 'second';
    await client.listCurrencies();
    expect(calls.map((c) => new Headers(c.init.headers).get('authorization'))).toEqual([
      'Bearer first',
      'Bearer second',
    ]);
  });
});
