/**
 * Crash safety: the store is the only truth. A write that fails acknowledges nothing and stops the
 * engine; a process that dies between writes reopens to exactly what had been acknowledged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock';
import { CreditEngine } from '../credit-engine';
import { CreditError } from '../errors';
import type { CreditStore, EngineRecord } from '../store';
import type { PoolKey } from '../types';
import { admin, HOUR, newId, START, TOKENS } from './fixtures';

/** A memory store that remembers where each write ended and can be told to fail the next one. */
class RecordingStore implements CreditStore {
  readonly records: EngineRecord[] = [];
  /** `records.length` after each successful append: the points where a crash can happen. */
  readonly cuts: number[] = [];
  failNext = false;
  load(): Promise<readonly EngineRecord[]> {
    return Promise.resolve([...this.records]);
  }
  append(records: readonly EngineRecord[]): Promise<void> {
    if (this.failNext) return Promise.reject(new Error('disk full'));
    this.records.push(...records);
    this.cuts.push(this.records.length);
    return Promise.resolve();
  }
}

const POOLS: PoolKey[] = [
  { customerId: 'c1', currencyId: 'tokens', resourceId: null },
  { customerId: 'c1', currencyId: 'tokens', resourceId: 'ws-1' },
];

async function open(store: CreditStore, clock: ManualClock): Promise<CreditEngine> {
  return CreditEngine.open({ store, clock, newId });
}

async function seeded(store: RecordingStore, clock: ManualClock): Promise<CreditEngine> {
  const engine = await open(store, clock);
  await engine.defineCurrency(TOKENS);
  await engine.defineFeature({ id: 'image', currencyId: 'tokens', displayName: 'Images', rate: '1' });
  await engine.createCustomer({ id: 'c1', name: 'Acme' });
  return engine;
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as CreditError,
  );

describe('crash safety', () => {
  it('acknowledges nothing when a write fails, refuses work until reopened, and reopens to what was durable', async () => {
    const store = new RecordingStore();
    const clock = new ManualClock(START);
    const engine = await seeded(store, clock);
    await engine.createGrant({ ...POOLS[0]!, type: 'paid', amount: '10', actor: admin });
    await engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '3', idempotencyKey: 'u1' });
    store.failNext = true;
    const failed = await errorOf(
      engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '4', idempotencyKey: 'u2' }),
    );
    expect(failed).toMatchObject({ code: 'unavailable' });
    expect(failed?.message).toMatch(/nothing was acknowledged/);
    // Its memory may be ahead of the store now, so it takes no more work, not even reads.
    store.failNext = false;
    const refused = await errorOf(
      engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '1', idempotencyKey: 'u3' }),
    );
    expect(refused).toMatchObject({ code: 'unavailable' });
    expect(refused?.message).toMatch(/restart/);
    expect(() => engine.balance(POOLS[0]!)).toThrow(CreditError);
    const reopened = await open(store, clock);
    expect(reopened.balance(POOLS[0]!).balance).toBe('7.000');
    // The unacknowledged event can be sent again and takes effect once.
    const retry = await reopened.reportUsage({
      customerId: 'c1',
      featureId: 'image',
      value: '4',
      idempotencyKey: 'u2',
    });
    expect(retry).toMatchObject({ duplicate: false, balanceAfter: '3.000' });
  });

  const opArb = fc.oneof(
    fc.record({ op: fc.constant('grant' as const), pool: fc.nat(1), amount: fc.integer({ min: 1, max: 20 }) }),
    fc.record({
      op: fc.constant('use' as const),
      pool: fc.nat(1),
      value: fc.integer({ min: 1, max: 8 }),
      key: fc.nat(12),
    }),
    fc.record({ op: fc.constant('expiring' as const), pool: fc.nat(1), hours: fc.integer({ min: 1, max: 6 }) }),
    fc.record({ op: fc.constant('tick' as const), hours: fc.integer({ min: 1, max: 4 }) }),
  );

  it('reopens after a crash at any write boundary to exactly the balances acknowledged by then', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const store = new RecordingStore();
        const clock = new ManualClock(START);
        const engine = await seeded(store, clock);
        // What had been acknowledged once the log was `length` records long.
        const acknowledged = new Map<number, { at: string; balances: string[] }>();
        const note = () =>
          acknowledged.set(store.records.length, {
            at: clock.now().toISOString(),
            balances: POOLS.map((p) => engine.balance(p).balance),
          });
        for (const op of ops) {
          const pool = 'pool' in op ? POOLS[op.pool]! : POOLS[0]!;
          if (op.op === 'tick') clock.advance(op.hours * HOUR);
          else if (op.op === 'grant' || op.op === 'expiring') {
            const expiresAt =
              op.op === 'expiring' ? new Date(clock.now().getTime() + op.hours * HOUR).toISOString() : null;
            await engine.createGrant({
              ...pool,
              type: 'paid',
              amount: String(op.op === 'grant' ? op.amount : 5),
              expiresAt,
              actor: admin,
            });
          } else {
            await errorOf(
              engine.reportUsage({
                ...pool,
                featureId: 'image',
                value: String(op.value),
                idempotencyKey: `u${op.key}`,
              }),
            );
          }
          // A read catches up with the clock and writes expirations: let them land before noting.
          engine.balance(pool);
          await engine.settled();
          note();
        }
        for (const [length, expected] of acknowledged) {
          const prefix = new RecordingStore();
          prefix.records.push(...store.records.slice(0, length));
          const reopened = await open(prefix, new ManualClock(expected.at));
          expect(POOLS.map((p) => reopened.balance(p).balance)).toEqual(expected.balances);
          for (const p of POOLS) expect(reopened.balance(p).balance).not.toMatch(/^-/);
        }
      }),
      { numRuns: 40 },
    );
  });
});
