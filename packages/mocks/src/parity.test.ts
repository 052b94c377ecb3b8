import type { Principal } from '@creditkit/api';
import { createApp, TokenIssuer } from '@creditkit/server';
import { setupServer } from 'msw/node';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMockEngine, handlers, MOCK_CUSTOMER_ID, mockCustomerPrincipal, type ScenarioName } from '.';
import { parityStepNames, runParitySuite, type Answer, type Call } from './test/parity-suite';

// One scripted HTTP session runs against the reference Express server and against these MSW
// handlers, each over a fresh engine seeded with the same scenario; every answer must match.

const SECRET_KEY = 'ck_secret_parity_0123456789abcdefghijklmnop';
const MOCK_ORIGIN = 'http://mocks.parity.test';

/** The Express app over real HTTP on a free loopback port, with a minted customer token. */
async function expressTarget(scenario: ScenarioName) {
  const { engine, clock } = await createMockEngine(scenario);
  const tokens = new TokenIssuer(SECRET_KEY, () => clock.now());
  const app = createApp({ engine, secretKey: SECRET_KEY, tokens });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const minted = await tokens.mint({
    customerId: MOCK_CUSTOMER_ID,
    scopes: [...(mockCustomerPrincipal.kind === 'customer' ? mockCustomerPrincipal.scopes : [])],
  });
  return {
    call: callOver(origin, { customer: `Bearer ${minted.token}`, secret: `Bearer ${SECRET_KEY}` }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The MSW handlers under msw/node, telling the secret key from the customer's token as the server does. */
async function mswTarget(scenario: ScenarioName) {
  const { engine } = await createMockEngine(scenario);
  const principal = (request: Request): Principal | null => {
    const authorization = request.headers.get('authorization');
    if (authorization === `Bearer ${SECRET_KEY}`) return { kind: 'secret' };
    return authorization === 'Bearer customer-token' ? mockCustomerPrincipal : null;
  };
  const server = setupServer(...handlers(engine, { baseUrl: MOCK_ORIGIN, principal }));
  server.listen({ onUnhandledRequest: 'bypass' });
  return {
    call: callOver(MOCK_ORIGIN, { customer: 'Bearer customer-token', secret: `Bearer ${SECRET_KEY}` }),
    close: () => Promise.resolve(server.close()),
  };
}

function callOver(origin: string, credentials: Record<'customer' | 'secret', string>): Call {
  return async ({ method, path, body, as = 'customer', rawBody }) => {
    const headers: Record<string, string> = {};
    if (as !== 'anonymous') headers.authorization = credentials[as];
    if (body !== undefined || rawBody !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${origin}${path}`, {
      method,
      headers,
      body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const contentType = response.headers.get('content-type') ?? '';
    const text = await response.text();
    return {
      status: response.status,
      contentType: contentType.split(';')[0]!,
      body: contentType.includes('json') ? (JSON.parse(text) as unknown) : text,
    };
  };
}

const scenariosUnderTest: ScenarioName[] = ['healthy', 'many-resources', 'scheduled-grants', 'empty'];

/** Steps that must succeed, or the session would compare two identical refusals and prove little. */
const mustSucceed = [
  'balance',
  'ledger by type and date',
  'entitlement check',
  'confirm',
  'receipt',
  'usage event',
  'usage batch',
  'provision a subscription on the resource',
  'create grant',
  'void grant',
  'usage of all pools, preset, weekly, by model',
  'usage filtered by several values',
  'mint a customer token',
];

const grantSortKeys = ['createdAt', 'effectiveAt', 'expiresAt', 'amount', 'remaining'] as const;

/** The grant ids of a paged-through answer, page after page. */
const pagedIds = (answer: Answer | undefined) =>
  (answer?.body as { body: { data: { id: string }[] } }[]).flatMap((page) => page.body.data.map((grant) => grant.id));

describe.each(scenariosUnderTest)('the MSW handlers answer like the Express server (%s)', (scenario) => {
  let express: Record<string, Answer>;
  let mocks: Record<string, Answer>;

  beforeAll(async () => {
    // One side at a time: msw/node patches the global fetch while it listens.
    const server = await expressTarget(scenario);
    express = await runParitySuite(server.call).finally(server.close);
    const msw = await mswTarget(scenario);
    mocks = await runParitySuite(msw.call).finally(msw.close);
  });

  it('runs the whole session on both sides', () => {
    expect(Object.keys(mocks)).toEqual(Object.keys(express));
    // A session of nothing but errors would match trivially: the reads must succeed.
    expect(express['balance']).toMatchObject({ status: 200 });
    expect(express['ledger export']).toMatchObject({ status: 200, contentType: 'text/csv' });
    for (const step of mustSucceed) expect(express[step]?.status, step).toBeLessThan(300);
  });

  // The sort steps compare page by page; here, that paging walked the whole list both ways.
  it.each(grantSortKeys)('pages grants sorted by %s one at a time, the same rows both ways', (sort) => {
    const ascending = pagedIds(express[`grants by ${sort}, asc, paged through`]);
    const descending = pagedIds(express[`grants by ${sort}, desc, paged through`]);
    // Every scenario holds at least the session's own three grants (one voided, one scheduled).
    expect(ascending.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ascending).size).toBe(ascending.length);
    expect(descending).toEqual([...ascending].reverse());
  });

  it.each(parityStepNames)('gives the same answer to: %s', (step) => {
    expect(mocks[step]).toEqual(express[step]);
  });
});
