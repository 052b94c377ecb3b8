import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grant, GrantSortDirection, GrantSortField, ListGrantsInput } from '../index';
import type { CreditEngine } from '../credit-engine';
import { admin, DAY, key, setup, START } from './fixtures';

const at = (days: number) => new Date(Date.parse(START) + days * DAY).toISOString();
const KEYS: GrantSortField[] = ['createdAt', 'effectiveAt', 'expiresAt', 'amount', 'remaining'];
const DIRECTIONS: GrantSortDirection[] = ['asc', 'desc'];

/** Every page of a sorted list, read with the cursors the engine hands out. */
function readAll(engine: CreditEngine, input: ListGrantsInput): Grant[] {
  const seen: Grant[] = [];
  let cursor: string | null = null;
  do {
    const page = engine.listGrants({ ...input, cursor });
    expect(page.items.length).toBeLessThanOrEqual(input.limit ?? 50);
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return seen;
}

/** The order a reader expects, worked out from the grants alone (ties: oldest grant first, ascending). */
function expected(grants: Grant[], sort: GrantSortField, direction: GrantSortDirection): string[] {
  const created = new Map(grants.map((g, i) => [g.id, i]));
  const value = (g: Grant): number =>
    sort === 'createdAt'
      ? created.get(g.id)!
      : sort === 'effectiveAt'
        ? Date.parse(g.effectiveAt)
        : sort === 'expiresAt'
          ? g.expiresAt === null
            ? Number.POSITIVE_INFINITY
            : Date.parse(g.expiresAt)
          : Number(sort === 'amount' ? g.amount : g.remaining);
  const sign = direction === 'asc' ? 1 : -1;
  return [...grants]
    .sort((a, b) => sign * (value(a) - value(b) || created.get(a.id)! - created.get(b.id)!))
    .map((g) => g.id);
}

/** Six grants whose amounts, remainders, effective dates and expiries all order differently, with ties. */
async function pool() {
  const s = await setup();
  const grant = (amount: string, effective: number, expires: number | null, type: 'paid' | 'promotional' = 'paid') =>
    s.engine.createGrant({
      ...s.pool,
      type,
      amount,
      effectiveAt: at(effective),
      expiresAt: expires === null ? null : at(expires),
      actor: admin,
    });
  await grant('50', 0, 30);
  await grant('10', 0, null);
  await grant('30', 0, 10);
  await grant('50', 2, null, 'promotional');
  await grant('20', 1, 10);
  await grant('40', 5, 20);
  s.clock.advance(3 * DAY);
  // Draws 35 credits in burn-down order, so remaining differs from amount.
  await s.engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '35', idempotencyKey: key() });
  return s;
}

describe('sorted grant lists', () => {
  it('page through every sort key in both directions, two at a time, in the full order', async () => {
    const { engine, pool: p } = await pool();
    const created = [...engine.listGrants({ ...p, limit: 500 }).items].reverse();
    for (const sort of KEYS) {
      for (const direction of DIRECTIONS) {
        const ids = readAll(engine, { ...p, sort, direction, limit: 2 }).map((g) => g.id);
        expect(ids, `${sort} ${direction}`).toEqual(expected(created, sort, direction));
      }
    }
  });

  it('sorts after the status filter, and never-expiring grants come last when ascending by expiry', async () => {
    const { engine, pool: p } = await pool();
    const active = readAll(engine, { ...p, status: 'active', sort: 'expiresAt', direction: 'asc', limit: 1 });
    expect(active.every((g) => g.status === 'active')).toBe(true);
    expect(active.at(-1)?.expiresAt).toBeNull();
    expect(active[0]?.expiresAt).not.toBeNull();
  });

  it('keeps pages apart when a grant is created between two reads', async () => {
    const { engine, pool: p } = await pool();
    const first = engine.listGrants({ ...p, sort: 'amount', direction: 'desc', limit: 3 });
    await engine.createGrant({ ...p, type: 'paid', amount: '45', actor: admin });
    const second = engine.listGrants({ ...p, sort: 'amount', direction: 'desc', limit: 3, cursor: first.nextCursor });
    const firstIds = new Set(first.items.map((g) => g.id));
    expect(second.items.some((g) => firstIds.has(g.id))).toBe(false);
    // The new grant (45) sorts inside the first page's range, so it does not shift the second page.
    expect(second.items.map((g) => g.amount)).toEqual(['30.000', '20.000', '10.000']);
  });

  it('refuses an unknown sort, direction or a cursor of another sort with a sentence that says what to do', async () => {
    const { engine, pool: p } = await pool();
    expect(() => engine.listGrants({ ...p, sort: 'price' as GrantSortField })).toThrow(
      /sort must be one of "createdAt", "effectiveAt", "expiresAt", "amount", "remaining"/,
    );
    expect(() => engine.listGrants({ ...p, direction: 'up' as GrantSortDirection })).toThrow(
      /direction must be one of "asc", "desc"/,
    );
    const byAmount = engine.listGrants({ ...p, sort: 'amount', limit: 2 });
    expect(() => engine.listGrants({ ...p, sort: 'remaining', limit: 2, cursor: byAmount.nextCursor })).toThrow(
      /cursor belongs to the list sorted by amount desc, not remaining desc; keep the sort of the first page/,
    );
    expect(() => engine.listGrants({ ...p, cursor: 'g1.amount.desc.x.1', sort: 'amount' })).toThrow(
      /start again without a cursor/,
    );
  });

  it('reads every grant exactly once in order, for any grants, sort, direction and page size', async () => {
    const grantArb = fc.record({
      amount: fc.integer({ min: 1, max: 60 }),
      effective: fc.integer({ min: 0, max: 4 }),
      expires: fc.option(fc.integer({ min: 5, max: 9 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(grantArb, { minLength: 0, maxLength: 12 }),
        fc.integer({ min: 0, max: 80 }),
        fc.constantFrom(...KEYS),
        fc.constantFrom(...DIRECTIONS),
        fc.integer({ min: 1, max: 5 }),
        async (grants, used, sort, direction, limit) => {
          const { engine, pool: p, clock } = await setup();
          for (const g of grants) {
            await engine.createGrant({
              ...p,
              type: 'paid',
              amount: String(g.amount),
              effectiveAt: at(g.effective),
              expiresAt: g.expires === null ? null : at(g.expires),
              actor: admin,
            });
          }
          clock.advance(4 * DAY + 1);
          const total = grants.reduce((sum, g) => sum + g.amount, 0);
          if (used > 0 && used <= total) {
            await engine.reportUsage({
              customerId: 'c1',
              featureId: 'image',
              value: String(used),
              idempotencyKey: key(),
            });
          }
          const created = [...engine.listGrants({ ...p, limit: 500 }).items].reverse();
          const ids = readAll(engine, { ...p, sort, direction, limit }).map((g) => g.id);
          expect(ids).toEqual(expected(created, sort, direction));
        },
      ),
      { numRuns: 80 },
    );
  });
});
