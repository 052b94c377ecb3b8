import { describe, expect, it } from 'vitest';
import { ok } from '../test/contract';
import { customer, fixture, NOW } from '../test/fixture';

const c1 = { customerId: 'c1' };
const pool = { currencyId: 'tokens' };
const DAY = 86_400_000;
const at = (days: number) => new Date(Date.parse(NOW) + days * DAY).toISOString();
const admin = { type: 'admin', id: 'test' } as const;

interface GrantRow {
  id: string;
  amount: string;
  remaining: string;
  effectiveAt: string;
  expiresAt: string | null;
}

/** c1's global pool holds seven grants whose amounts, dates and expiries all order differently. */
async function sortedFixture() {
  const f = await fixture();
  const rows: [string, number, number | null][] = [
    ['40', 0, 20],
    ['10', 0, null],
    ['70', 3, 9],
    ['40', 1, null],
    ['25', 0, 9],
    ['5', 2, 30],
  ];
  for (const [amount, effective, expires] of rows) {
    await f.engine.createGrant({
      customerId: 'c1',
      currencyId: 'tokens',
      resourceId: null,
      type: 'paid',
      amount,
      effectiveAt: at(effective),
      expiresAt: expires === null ? null : at(expires),
      actor: admin,
    });
  }
  return f;
}

describe('the grants list sorted over HTTP', () => {
  const fields = ['createdAt', 'effectiveAt', 'expiresAt', 'amount', 'remaining'] as const;

  it('reads every sort field in both directions page by page, the same as one long page', async () => {
    const { call } = await sortedFixture();
    const list = async (query: Record<string, string>) =>
      ok<{ data: GrantRow[]; nextCursor: string | null }>(
        'listGrants',
        // Every field arrives as a string, as it does in a URL.
        await call(customer('c1'), 'listGrants', { params: c1, query: { ...pool, ...query } }),
      );
    for (const sort of fields) {
      for (const direction of ['asc', 'desc'] as const) {
        const whole = (await list({ sort, direction, limit: '500' })).data;
        expect(whole).toHaveLength(7);
        const paged: GrantRow[] = [];
        let cursor: string | null = null;
        do {
          const page = await list({ sort, direction, limit: '2', ...(cursor ? { cursor } : {}) });
          expect(page.data.length).toBeLessThanOrEqual(2);
          paged.push(...page.data);
          cursor = page.nextCursor;
        } while (cursor !== null);
        expect(
          paged.map((g) => g.id),
          `${sort} ${direction}`,
        ).toEqual(whole.map((g) => g.id));
        const values = whole.map((g) =>
          sort === 'amount' || sort === 'remaining'
            ? Number(g[sort])
            : sort === 'expiresAt'
              ? (g.expiresAt ?? '9999')
              : sort === 'effectiveAt'
                ? g.effectiveAt
                : null,
        );
        if (sort !== 'createdAt') {
          const ordered = [...values].sort((a, b) => (a! < b! ? -1 : a! > b! ? 1 : 0));
          expect(values, `${sort} ${direction}`).toEqual(direction === 'asc' ? ordered : ordered.reverse());
        }
      }
    }
  });

  it('refuses an unknown sort or direction with a 400 that lists the choices, and a cursor of another sort', async () => {
    const { call } = await sortedFixture();
    const bad = await call(customer('c1'), 'listGrants', { params: c1, query: { ...pool, sort: 'price' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: {
        code: 'invalid_request',
        message: expect.stringMatching(
          /query field `sort`: must be one of `createdAt`, `effectiveAt`, `expiresAt`, `amount`, `remaining`/,
        ),
      },
    });
    const up = await call(customer('c1'), 'listGrants', { params: c1, query: { ...pool, direction: 'up' } });
    expect(up.status).toBe(400);
    expect(up.body).toMatchObject({
      error: { message: expect.stringMatching(/`direction`: must be one of `asc`, `desc`/) },
    });
    const first = ok<{ nextCursor: string }>(
      'listGrants',
      await call(customer('c1'), 'listGrants', { params: c1, query: { ...pool, sort: 'amount', limit: '2' } }),
    );
    const mixed = await call(customer('c1'), 'listGrants', {
      params: c1,
      query: { ...pool, sort: 'remaining', limit: '2', cursor: first.nextCursor },
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body).toMatchObject({ error: { message: expect.stringMatching(/keep the sort of the first page/) } });
  });
});
