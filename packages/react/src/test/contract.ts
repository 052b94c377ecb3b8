import { http, HttpResponse, type RequestHandler } from 'msw';
import { TEST_BASE_URL } from './render';
import * as fixtures from './fixtures';

/** What the fake contract answers; tests change fields to show other states. */
export interface FakeData {
  balances: Record<string, string>;
  utilization: Record<string, { used: string; total: string; remaining: string }>;
  runOutAt: string | null;
  grants: typeof fixtures.grants;
  ledger: typeof fixtures.ledger;
  resources: typeof fixtures.resources;
  autoRecharge: typeof fixtures.autoRecharge | null;
}

export function fakeData(): FakeData {
  return {
    balances: { '@global': '12450.5', 'workspace-example-com': '830', 'project-atlas': '0' },
    utilization: { '@global': { used: '3000', total: '12450.5', remaining: '9450.5' } },
    runOutAt: '2026-12-06T12:00:00.000Z',
    grants: fixtures.grants,
    ledger: fixtures.ledger,
    resources: fixtures.resources,
    autoRecharge: fixtures.autoRecharge,
  };
}

const pool = (url: URL) => url.searchParams.get('resourceId') ?? '@global';

function page<T extends { id: string }>(rows: T[], url: URL) {
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const cursor = url.searchParams.get('cursor');
  const start = cursor ? rows.findIndex((row) => row.id === cursor) : 0;
  const data = rows.slice(start, start + limit);
  return { data, nextCursor: rows[start + limit]?.id ?? null };
}

/** The server's grant order: `sort` over every grant (never-expiring last ascending), ties by creation. */
function sortGrants(grants: FakeData['grants'], url: URL) {
  const sort = url.searchParams.get('sort') ?? 'createdAt';
  const sign = url.searchParams.get('direction') === 'asc' ? 1 : -1;
  const value = (g: FakeData['grants'][number]): number =>
    sort === 'amount' || sort === 'remaining'
      ? Number(g[sort])
      : sort === 'expiresAt'
        ? g.expiresAt === null
          ? Number.POSITIVE_INFINITY
          : Date.parse(g.expiresAt)
        : Date.parse(sort === 'effectiveAt' ? g.effectiveAt : g.createdAt);
  return grants
    .map((g, i) => ({ g, i }))
    .sort((a, b) => sign * (value(a.g) - value(b.g) || a.i - b.i))
    .map(({ g }) => g);
}

/**
 * MSW handlers answering the contract's read routes from `data`, the way the server does (pool by
 * `resourceId`, filters, cursor pages). Stands in until the mocks package serves these routes.
 */
export function contractHandlers(data: FakeData, baseUrl = TEST_BASE_URL): RequestHandler[] {
  const v1 = `${baseUrl}/v1/customers/:customerId`;
  const resourceOf = (url: URL) => url.searchParams.get('resourceId');
  return [
    http.get(`${v1}/balance`, ({ request }) => {
      const url = new URL(request.url);
      const balance = data.balances[pool(url)];
      if (balance === undefined)
        return HttpResponse.json({ error: { code: 'not_found', message: 'No such pool.' } }, { status: 404 });
      return HttpResponse.json(fixtures.balanceOf(resourceOf(url), balance));
    }),
    http.get(`${v1}/forecast`, ({ request }) =>
      HttpResponse.json(fixtures.forecastOf(resourceOf(new URL(request.url)), data.runOutAt)),
    ),
    http.get(`${v1}/utilization`, ({ request }) => {
      const url = new URL(request.url);
      const u = data.utilization[pool(url)] ?? { used: '0', total: '0', remaining: '0' };
      return HttpResponse.json(fixtures.utilizationOf(resourceOf(url), u.used, u.total, u.remaining));
    }),
    http.get(`${v1}/grants`, ({ request }) => {
      const url = new URL(request.url);
      const status = url.searchParams.get('status');
      return HttpResponse.json(
        page(
          sortGrants(
            data.grants.filter((g) => !status || g.status === status),
            url,
          ),
          url,
        ),
      );
    }),
    http.get(`${v1}/ledger/export`, ({ request }) => {
      const url = new URL(request.url);
      const type = url.searchParams.get('type');
      const rows = data.ledger.filter((e) => !type || e.type === type);
      return new HttpResponse(
        ['id,createdAt,type,amount', ...rows.map((e) => `${e.id},${e.at},${e.type},${e.amount}`)].join('\n'),
        {
          headers: { 'content-type': 'text/csv' },
        },
      );
    }),
    http.get(`${v1}/ledger`, ({ request }) => {
      const url = new URL(request.url);
      const type = url.searchParams.get('type');
      const from = url.searchParams.get('from');
      const to = url.searchParams.get('to');
      const rows = data.ledger.filter(
        (e) => (!type || e.type === type) && (!from || e.at >= from) && (!to || e.at < to),
      );
      return HttpResponse.json(page(rows, url));
    }),
    http.get(`${v1}/balances`, () =>
      HttpResponse.json({
        customerId: fixtures.CUSTOMER,
        totals: [],
        pools: Object.entries(data.balances).map(([pool, balance]) =>
          fixtures.balanceOf(pool === '@global' ? null : pool, balance),
        ),
      }),
    ),
    http.get(`${v1}/resources`, () => HttpResponse.json({ data: data.resources })),
    http.get(`${baseUrl}/v1/features`, () => HttpResponse.json({ data: fixtures.features })),
    http.get(`${baseUrl}/v1/customers/:customerId/auto-recharge/:currencyId/status`, () =>
      data.autoRecharge
        ? HttpResponse.json(data.autoRecharge)
        : HttpResponse.json({ error: { code: 'not_found', message: 'No auto-recharge policy.' } }, { status: 404 }),
    ),
  ];
}

/** Answers every route with a 500 and the error envelope, to show error states. */
export function failingHandlers(baseUrl = TEST_BASE_URL): RequestHandler[] {
  return [
    http.get(`${baseUrl}/v1/*`, () =>
      HttpResponse.json({ error: { code: 'internal_error', message: 'The server failed.' } }, { status: 500 }),
    ),
  ];
}
