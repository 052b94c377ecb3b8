/**
 * Property tests: random sequences of operations and clock moves, checking every invariant of
 * the spec after each step. The burn-down expectation is computed here from the written rule,
 * independently of the engine's own ordering code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreditEngine } from '../credit-engine';
import { parseDecimal } from '../decimal';
import { CreditError } from '../errors';
import type { Grant, PoolKey } from '../types';
import { admin, DAY, HOUR, setup } from './fixtures';

const P = 3;
const units = (text: string) => parseDecimal(text, P);
const amountArb = fc.integer({ min: 1, max: 40_000 }).map((n) => (n / 1000).toFixed(3));

type Op =
  | {
      op: 'grant';
      pool: number;
      type: Grant['type'];
      amount: string;
      priority: number;
      delayH: number;
      lifeH: number | null;
    }
  | { op: 'use'; pool: number; value: string; key: number }
  | { op: 'void'; pick: number }
  | { op: 'adjust'; pool: number; amount: string; negative: boolean }
  | { op: 'tick'; hours: number }
  | { op: 'subscribe'; pool: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('grant' as const),
    pool: fc.nat(3),
    type: fc.constantFrom('paid', 'promotional', 'recurring', 'top_up', 'auto_recharge' as const),
    amount: amountArb,
    priority: fc.constantFrom(10, 100, 100, 200),
    delayH: fc.constantFrom(0, 0, 0, 5, 30),
    lifeH: fc.option(fc.integer({ min: 1, max: 72 })),
  }),
  fc.record({
    op: fc.constant('use' as const),
    pool: fc.nat(3),
    value: fc.integer({ min: 0, max: 20_000 }).map(String),
    key: fc.nat(30),
  }),
  fc.record({
    op: fc.constant('use' as const),
    pool: fc.nat(3),
    value: fc.integer({ min: 0, max: 20_000 }).map(String),
    key: fc.nat(30),
  }),
  fc.record({ op: fc.constant('void' as const), pick: fc.nat(50) }),
  fc.record({ op: fc.constant('adjust' as const), pool: fc.nat(3), amount: amountArb, negative: fc.boolean() }),
  fc.record({ op: fc.constant('tick' as const), hours: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ op: fc.constant('subscribe' as const), pool: fc.nat(3) }),
);

const POOLS: PoolKey[] = [
  { customerId: 'c1', currencyId: 'tokens', resourceId: null },
  { customerId: 'c1', currencyId: 'tokens', resourceId: 'ws-1' },
  { customerId: 'c2', currencyId: 'tokens', resourceId: null },
  { customerId: 'c2', currencyId: 'tokens', resourceId: 'ws-1' },
];

const TYPE_RANK = { promotional: 0, recurring: 1, paid: 2, top_up: 2, auto_recharge: 2 } as const;

/** Spec §1 rule 2, written from the rule. `order` is creation order (older first). */
function expectedDrawOrder(active: Array<Grant & { order: number }>): string[] {
  const never = Number.POSITIVE_INFINITY;
  return [...active]
    .sort(
      (a, b) =>
        a.priority - b.priority ||
        (a.expiresAt ? Date.parse(a.expiresAt) : never) - (b.expiresAt ? Date.parse(b.expiresAt) : never) ||
        TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
        Date.parse(a.effectiveAt) - Date.parse(b.effectiveAt) ||
        a.order - b.order,
    )
    .map((g) => g.id);
}

function allGrants(engine: CreditEngine, pool: PoolKey): Array<Grant & { order: number }> {
  const items = engine.listGrants({ ...pool, limit: 500 }).items;
  return items.map((g, i) => ({ ...g, order: items.length - i }));
}

function ledgerSum(engine: CreditEngine, pool: PoolKey): bigint {
  let sum = 0n;
  let cursor: string | null = null;
  do {
    const page = engine.listLedger({ ...pool, cursor, limit: 1000 });
    for (const entry of page.items) sum += units(entry.amount);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return sum;
}

function checkInvariants(engine: CreditEngine, hard: boolean): void {
  for (const pool of POOLS) {
    const balance = engine.balance(pool);
    const grants = allGrants(engine, pool);
    const active = grants.filter((g) => g.status === 'active').reduce((s, g) => s + units(g.remaining), 0n);
    expect(units(balance.balance)).toBe(active - units(balance.overage));
    expect(units(balance.balance)).toBe(ledgerSum(engine, pool));
    for (const g of grants) {
      expect(units(g.remaining) >= 0n && units(g.remaining) <= units(g.amount)).toBe(true);
      if (g.status !== 'active' && g.status !== 'scheduled') expect(g.remaining).toBe('0.000');
    }
    if (hard) {
      expect(units(balance.balance) >= 0n).toBe(true);
      expect(balance.overage).toBe('0.000');
    }
  }
}

async function run(ops: Op[], hard: boolean): Promise<void> {
  const s = await setup({ enforcement: hard ? 'hard' : 'soft', burnDown: 'default' });
  const { engine, clock } = s;
  await engine.definePlan({
    id: 'plan',
    displayName: 'Plan',
    allowances: [{ currencyId: 'tokens', amount: '25', cadence: 'day', rollover: { mode: 'capped', cap: '10' } }],
    rateOverrides: {},
  });
  const created: Array<{ customerId: string; id: string }> = [];
  for (const op of ops) {
    const before = POOLS.map((p) => engine.balance(p).balance);
    const target = 'pool' in op ? POOLS[op.pool]! : null;
    try {
      switch (op.op) {
        case 'grant': {
          const effective = clock.now().getTime() + op.delayH * HOUR;
          const grant = await engine.createGrant({
            ...target!,
            type: op.type,
            amount: op.amount,
            priority: op.priority,
            effectiveAt: new Date(effective).toISOString(),
            expiresAt: op.lifeH === null ? null : new Date(effective + op.lifeH * HOUR).toISOString(),
            actor: admin,
          });
          created.push({ customerId: target!.customerId, id: grant.id });
          break;
        }
        case 'use': {
          const active = allGrants(engine, target!).filter((g) => g.status === 'active' && g.remaining !== '0.000');
          const event = { ...target!, featureId: 'chat', value: op.value, idempotencyKey: `u${op.key}` };
          let result;
          try {
            result = await engine.reportUsage(event);
          } catch (error) {
            expect(error).toBeInstanceOf(CreditError);
            expect(['insufficient_credits', 'idempotency_conflict']).toContain((error as CreditError).code);
            expect(POOLS.map((p) => engine.balance(p).balance)).toEqual(before);
            break;
          }
          if (result.duplicate) {
            expect(POOLS.map((p) => engine.balance(p).balance)).toEqual(before);
          } else {
            const drawn = result.entries.filter((e) => !e.overage).map((e) => e.grantId);
            expect(drawn).toEqual(expectedDrawOrder(active).slice(0, drawn.length));
            // A repeat changes nothing and returns the same result.
            const repeat = await engine.reportUsage(event);
            expect(repeat).toEqual({ ...result, duplicate: true });
          }
          break;
        }
        case 'void': {
          const grant = created[op.pick % Math.max(created.length, 1)];
          if (grant)
            await engine.voidGrant({ customerId: grant.customerId, grantId: grant.id, reason: 'test', actor: admin });
          break;
        }
        case 'adjust':
          await engine.adjust({
            ...target!,
            amount: (op.negative ? '-' : '') + op.amount,
            reason: 'test',
            actor: admin,
          });
          break;
        case 'tick':
          clock.advance(op.hours * HOUR);
          break;
        case 'subscribe':
          await engine.provisionSubscription({
            customerId: target!.customerId,
            resourceId: target!.resourceId,
            planId: 'plan',
            actor: admin,
          });
          break;
      }
    } catch (error) {
      expect(error).toBeInstanceOf(CreditError);
      expect(['conflict', 'insufficient_credits']).toContain((error as CreditError).code);
    }
    // Pool isolation: a step aimed at one pool never moves another (clock moves aside).
    if (target && op.op !== 'subscribe') {
      POOLS.forEach((p, i) => {
        if (p !== target) expect(engine.balance(p).balance).toBe(before[i]);
      });
    }
    checkInvariants(engine, hard);
  }
  clock.advance(3 * DAY);
  checkInvariants(engine, hard);
  // Replaying the log from empty reproduces every pool, grant and ledger entry.
  const reopened = await s.reopen();
  for (const pool of POOLS) {
    expect(reopened.balance(pool)).toEqual(engine.balance(pool));
    expect(reopened.listGrants({ ...pool, limit: 500 })).toEqual(engine.listGrants({ ...pool, limit: 500 }));
    expect(reopened.listLedger({ ...pool, limit: 1000 })).toEqual(engine.listLedger({ ...pool, limit: 1000 }));
  }
}

describe('engine invariants over random operation sequences', () => {
  it('hold under a hard limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => run(ops, true)),
      { numRuns: 60 },
    );
  });

  it('hold under a soft limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => run(ops, false)),
      { numRuns: 60 },
    );
  });
});
