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
import type { BurnDownStrategy, Grant, PoolKey } from '../types';
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
      /** Send it twice under one idempotency key: the second call must change nothing. */
      repeat: boolean;
    }
  | { op: 'use'; pool: number; value: string; key: number }
  | { op: 'void'; pick: number; again: Again }
  | { op: 'adjust'; pool: number; amount: string; negative: boolean; again: Again }
  | { op: 'tick'; hours: number }
  | { op: 'subscribe'; pool: number; again: Again };

/**
 * Send a mutation once (`none`), twice under one idempotency key with the same payload (`same`:
 * the first result, no change), or again under that key with another payload (`changed`: an
 * `idempotency_conflict`, no change).
 */
type Again = 'none' | 'same' | 'changed';
const againArb = fc.constantFrom<Again>('none', 'none', 'same', 'changed');

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('grant' as const),
    pool: fc.nat(3),
    type: fc.constantFrom('paid', 'promotional', 'recurring', 'top_up', 'auto_recharge' as const),
    amount: amountArb,
    priority: fc.constantFrom(10, 100, 100, 200),
    delayH: fc.constantFrom(0, 0, 0, 5, 30),
    lifeH: fc.option(fc.integer({ min: 1, max: 72 })),
    repeat: fc.boolean(),
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
  fc.record({ op: fc.constant('void' as const), pick: fc.nat(50), again: againArb }),
  fc.record({
    op: fc.constant('adjust' as const),
    pool: fc.nat(3),
    amount: amountArb,
    negative: fc.boolean(),
    again: againArb,
  }),
  fc.record({ op: fc.constant('tick' as const), hours: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ op: fc.constant('subscribe' as const), pool: fc.nat(3), again: againArb }),
);

const POOLS: PoolKey[] = [
  { customerId: 'c1', currencyId: 'tokens', resourceId: null },
  { customerId: 'c1', currencyId: 'tokens', resourceId: 'ws-1' },
  { customerId: 'c2', currencyId: 'tokens', resourceId: null },
  { customerId: 'c2', currencyId: 'tokens', resourceId: 'ws-1' },
];

const TYPE_RANK = { promotional: 0, recurring: 1, paid: 2, top_up: 2, auto_recharge: 2 } as const;

type Ordered = Grant & { order: number };
const never = Number.POSITIVE_INFINITY;
const effective = (g: Ordered) => Date.parse(g.effectiveAt);

/** Spec §1 rule 2 and the FIFO/LIFO alternatives, written from the rule. `order` is creation order (older first). */
const RULES: Record<BurnDownStrategy, (a: Ordered, b: Ordered) => number> = {
  default: (a, b) =>
    a.priority - b.priority ||
    (a.expiresAt ? Date.parse(a.expiresAt) : never) - (b.expiresAt ? Date.parse(b.expiresAt) : never) ||
    TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
    effective(a) - effective(b) ||
    a.order - b.order,
  fifo: (a, b) => effective(a) - effective(b) || a.order - b.order,
  lifo: (a, b) => effective(b) - effective(a) || b.order - a.order,
};

function expectedDrawOrder(active: Ordered[], strategy: BurnDownStrategy): string[] {
  return [...active].sort(RULES[strategy]).map((g) => g.id);
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

/** Everything a mutation could change, for "changed nothing" checks. */
function snapshot(engine: CreditEngine) {
  return POOLS.map((pool) => ({
    balance: engine.balance(pool),
    grants: engine.listGrants({ ...pool, limit: 500 }).items,
    ledger: engine.listLedger({ ...pool, limit: 1000 }).items,
  }));
}

/**
 * Calls `send(input)`, then, as `again` says, once more under the same key with the same input or
 * with `changed`, and checks what a repeat must do.
 */
async function withRepeat<I extends object, R>(
  engine: CreditEngine,
  again: Again,
  key: string,
  input: I,
  changed: I,
  send: (input: I & { idempotencyKey?: string }) => Promise<R>,
): Promise<R> {
  if (again === 'none') return send(input);
  const first = await send({ ...input, idempotencyKey: key });
  const state = snapshot(engine);
  if (again === 'same') {
    expect(await send({ ...input, idempotencyKey: key })).toEqual(first);
  } else {
    const conflict = await send({ ...changed, idempotencyKey: key }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(conflict).toBeInstanceOf(CreditError);
    expect((conflict as CreditError).code).toBe('idempotency_conflict');
  }
  expect(snapshot(engine)).toEqual(state);
  return first;
}

async function run(ops: Op[], hard: boolean, strategy: BurnDownStrategy = 'default'): Promise<void> {
  const s = await setup({ enforcement: hard ? 'hard' : 'soft', burnDown: strategy });
  const { engine, clock } = s;
  await engine.definePlan({
    id: 'plan',
    displayName: 'Plan',
    allowances: [{ currencyId: 'tokens', amount: '25', cadence: 'day', rollover: { mode: 'capped', cap: '10' } }],
    rateOverrides: {},
  });
  const created: Array<{ customerId: string; id: string }> = [];
  for (const [step, op] of ops.entries()) {
    const before = POOLS.map((p) => engine.balance(p).balance);
    const target = 'pool' in op ? POOLS[op.pool]! : null;
    try {
      switch (op.op) {
        case 'grant': {
          const effective = clock.now().getTime() + op.delayH * HOUR;
          const input = {
            ...target!,
            type: op.type,
            amount: op.amount,
            priority: op.priority,
            effectiveAt: new Date(effective).toISOString(),
            expiresAt: op.lifeH === null ? null : new Date(effective + op.lifeH * HOUR).toISOString(),
            actor: admin,
            ...(op.repeat && { idempotencyKey: `g${created.length}` }),
          };
          const grant = await engine.createGrant(input);
          if (op.repeat) {
            const balances = POOLS.map((p) => engine.balance(p).balance);
            expect(await engine.createGrant(input)).toEqual(grant);
            expect(POOLS.map((p) => engine.balance(p).balance)).toEqual(balances);
          }
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
            expect(drawn).toEqual(expectedDrawOrder(active, strategy).slice(0, drawn.length));
            // A repeat changes nothing and returns the same result.
            const repeat = await engine.reportUsage(event);
            expect(repeat).toEqual({ ...result, duplicate: true });
          }
          break;
        }
        case 'void': {
          const grant = created[op.pick % Math.max(created.length, 1)];
          if (!grant) break;
          const input = { customerId: grant.customerId, grantId: grant.id, reason: 'test', actor: admin };
          await withRepeat(engine, op.again, `v${step}`, input, { ...input, reason: 'other' }, (i) =>
            engine.voidGrant(i),
          );
          break;
        }
        case 'adjust': {
          const input = { ...target!, amount: (op.negative ? '-' : '') + op.amount, reason: 'test', actor: admin };
          await withRepeat(
            engine,
            op.again,
            `a${step}`,
            input,
            { ...input, amount: `${op.negative ? '-' : ''}1${op.amount}` },
            (i) => engine.adjust(i),
          );
          break;
        }
        case 'tick':
          clock.advance(op.hours * HOUR);
          break;
        case 'subscribe': {
          const input = {
            customerId: target!.customerId,
            resourceId: target!.resourceId,
            planId: 'plan',
            actor: admin,
          };
          await withRepeat(engine, op.again, `s${step}`, input, { ...input, resourceId: 'ws-other' }, (i) =>
            engine.provisionSubscription(i),
          );
          break;
        }
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

  it('hold under FIFO and LIFO burn-down', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('fifo' as const, 'lifo' as const),
        fc.boolean(),
        fc.array(opArb, { minLength: 1, maxLength: 40 }),
        (strategy, hard, ops) => run(ops, hard, strategy),
      ),
      { numRuns: 40 },
    );
  });

  it('hold under a soft limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => run(ops, false)),
      { numRuns: 60 },
    );
  });
});
