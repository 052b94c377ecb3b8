import {
  envelope,
  handle,
  matchRoute,
  notFoundResponse,
  type ApiContext,
  type ApiResponse,
  type Principal,
  type RawInput,
  type TokenMinter,
} from '@creditkit/api';
import { routeList, type Route } from '@creditkit/client';
import type { CreditEngine, ManualClock } from '@creditkit/core';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { CUSTOMER_ID } from './scenarios/catalogue';

export interface HandlerOptions {
  /** Where the mocked contract lives (without `/v1`); matches any origin when omitted. */
  baseUrl?: string;
  /**
   * Who every request acts as. Default: a customer token for the mock customer with every scope
   * (what a browser holds). Pass `{ kind: 'secret' }` for admin routes, or a function of the
   * request to decide per request.
   */
  principal?: Principal | null | ((request: Request) => Principal | null);
  /** The engine's clock, so `POST /v1/admin/clock` can move it (demo mode). */
  clock?: ManualClock;
}

/** A browser's credential: the mock customer's token, with every scope. */
export const mockCustomerPrincipal: Principal = {
  kind: 'customer',
  customerId: CUSTOMER_ID,
  resourceIds: null,
  scopes: ['read', 'checkout', 'auto_recharge'],
};

/** Mints recognisable fake tokens: the mocks never verify them, they only hand them out. */
const fakeTokens: TokenMinter = {
  mint: ({ customerId, expiresInSeconds }) =>
    Promise.resolve({
      token: `mock-token.${customerId}`,
      expiresAt: new Date(Date.parse('2026-11-15T12:00:00.000Z') + expiresInSeconds * 1000).toISOString(),
    }),
};

/** `/v1/customers/{customerId}` → `/v1/customers/:customerId`, MSW's path syntax. */
const mswPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function query(url: URL): RawInput['query'] {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    result[key] = values.length === 1 ? values[0]! : values;
  }
  return result;
}

/** Reads the body the way the server's JSON parser does, with the same refusal when it is not JSON. */
async function body(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: ApiResponse }> {
  const text = await request.text();
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      response: {
        status: 400,
        body: envelope('malformed_json', 'The request body is not valid JSON; send a JSON object.'),
      },
    };
  }
}

/** Turns the framework-free answer into a fetch `Response`: JSON, CSV text or an SSE stream. */
export function toResponse(answer: ApiResponse): Response {
  const headers = { ...answer.headers, 'content-type': answer.contentType ?? 'application/json; charset=utf-8' };
  if (answer.stream) {
    const frames = answer.stream[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await frames.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await frames.return?.();
      },
    });
    return new HttpResponse(stream, { status: answer.status, headers });
  }
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  return new HttpResponse(text, { status: answer.status, headers });
}

function routeHandler(route: Route, base: string, context: (request: Request) => ApiContext): RequestHandler {
  const method = route.method.toLowerCase() as Lowercase<Route['method']>;
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((found) => found[1]!);
  return http[method](`${base}${mswPath(route.path)}`, async ({ request, params }) => {
    const parsed = await body(request);
    if (!parsed.ok) return toResponse(parsed.response);
    const answer = await handle(context(request), route.id, {
      // Only the route's own names: a `*` origin wildcard shows up in `params` as `0`.
      params: Object.fromEntries(names.map((name) => [name, String(params[name])])),
      query: query(new URL(request.url)),
      body: parsed.value,
      headers: Object.fromEntries(request.headers),
      signal: request.signal,
    });
    return toResponse(answer);
  });
}

/**
 * One MSW handler per route of the contract, each delegating to `@creditkit/api` — the same
 * handler the reference server runs — so the mocks cannot answer differently from the server.
 * Grouped by the contract's areas (`Balance`, `Grants`, `Usage`, `Checkout`…), so a story or test
 * can override one area (`server.use(...)`) for an error or empty variant.
 */
export function handlersByArea(engine: CreditEngine, options: HandlerOptions = {}): Record<string, RequestHandler[]> {
  const base = (options.baseUrl ?? '*').replace(/\/+$/, '');
  const { principal = mockCustomerPrincipal } = options;
  const context = (request: Request): ApiContext => ({
    engine,
    principal: typeof principal === 'function' ? principal(request) : principal,
    tokens: fakeTokens,
    ...(options.clock ? { clock: options.clock, demoMode: true } : {}),
  });
  const groups: Record<string, RequestHandler[]> = {};
  for (const route of routeList) (groups[route.tag] ??= []).push(routeHandler(route, base, context));
  return groups;
}

/** Every handler of the contract backed by one engine, then the server's 404/405 for anything else under `/v1`. */
export function handlers(engine: CreditEngine, options: HandlerOptions = {}): RequestHandler[] {
  const base = (options.baseUrl ?? '*').replace(/\/+$/, '');
  return [
    ...Object.values(handlersByArea(engine, options)).flat(),
    http.all(`${base}/v1/*`, ({ request }) => {
      const { pathname } = new URL(request.url);
      const match = matchRoute(request.method, pathname);
      return toResponse(
        notFoundResponse(request.method, pathname, match && 'allowed' in match ? match.allowed : undefined),
      );
    }),
  ];
}
