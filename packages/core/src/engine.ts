import { applyRecord } from './apply';
import { finishRecharge, rechargeCharge } from './autorecharge';
import { nowMs, systemClock, type Clock } from './clock';
import type { Ctx } from './context';
import { CreditError } from './errors';
import { randomIds } from './ids';
import { TestPaymentProvider, type PaymentProvider, type PaymentResult } from './payment';
import { State } from './state';
import type { CreditStore, EngineRecord, RecordOf } from './store';
import { catchUp } from './time';
import type { DomainEvent } from './types-ops';
import type { PoolKey } from './types';

export interface EngineOptions {
  store: CreditStore;
  /** Default: the system clock. */
  clock?: Clock;
  /** Makes ids; replaceable so tests get stable ids. Default: `prefix_` + 32 random hex digits. */
  newId?: (prefix: string) => string;
  /** Charges checkouts and auto-recharges. Default: a `TestPaymentProvider`. */
  paymentProvider?: PaymentProvider;
  /** A grant emits `credits.grant.usage_low` once its remaining is at most this % of its amount. Default 20. */
  grantLowPercent?: number;
}

/** Shared by every context until its first write replaces it; never written to. */
const NO_RECORDS: readonly EngineRecord[] = Object.freeze([]);
const ignore = (): void => undefined;

/**
 * A command's context: a class, so the per-command object carries no closure of its own. Usage
 * runs hundreds of thousands of commands a second, so its lists are made only when used, and
 * one record (the usual command) takes a list of one rather than room for seventeen.
 */
class RunCtx implements Ctx {
  records: readonly EngineRecord[] = NO_RECORDS;
  startedRecharges: string[] | null = null;
  constructor(
    readonly state: State,
    readonly now: number,
    readonly newId: (prefix: string) => string,
  ) {}

  write(record: EngineRecord): void {
    applyRecord(this.state, record);
    if (this.records === NO_RECORDS) this.records = [record];
    else (this.records as EngineRecord[]).push(record);
  }

  startedRecharge(id: string): void {
    (this.startedRecharges ??= []).push(id);
  }
}

/**
 * The machinery under `CreditEngine`: runs commands atomically against the in-memory state,
 * appends their records, catches up with the clock and delivers events once records are durable.
 */
export class EngineCore {
  readonly clock: Clock;
  readonly paymentProvider: PaymentProvider;
  protected readonly state = new State();
  readonly #store: CreditStore;
  readonly #newId: (prefix: string) => string;
  readonly #listeners = new Set<(event: DomainEvent) => void>();
  readonly #balanceListeners = new Set<(pools: PoolKey[]) => void>();
  readonly #background = new Set<Promise<void>>();
  #lastAppend: Promise<unknown> = Promise.resolve();
  #eventsQueued = 0;
  #failure: unknown = null;

  protected constructor(options: EngineOptions) {
    this.#store = options.store;
    this.clock = options.clock ?? systemClock;
    this.#newId = options.newId ?? randomIds();
    this.paymentProvider = options.paymentProvider ?? new TestPaymentProvider();
    if (options.grantLowPercent !== undefined) this.state.grantLowPercent = BigInt(options.grantLowPercent);
  }

  protected async replay(): Promise<void> {
    for (const record of await this.#store.load()) applyRecord(this.state, record);
    this.#eventsQueued = this.state.events.length;
    // Recharges whose payment outcome was never recorded are charged again under the same
    // idempotency key, so a provider that honours keys charges them at most once.
    for (const recharge of this.state.recharges.values()) {
      if (recharge.status === 'in_flight') this.#track(this.#runRecharge(recharge.data.id));
    }
  }

  /** Resolves when background work (auto-recharge payments) has finished. */
  async settled(): Promise<void> {
    while (this.#background.size > 0) await Promise.all([...this.#background]);
    await this.#lastAppend;
  }

  /** Calls `listener` with every domain event once it is durable, in order. Returns the unsubscribe. */
  subscribe(listener: (event: DomainEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Calls `listener` after each durable write that moved balances without a domain event (usage,
   * negative adjustments), with the pools it moved, each once. Usage is too frequent to record as
   * events, yet an open balance should follow it: the server's live stream sends these as notices.
   */
  subscribeBalanceChanges(listener: (pools: PoolKey[]) => void): () => void {
    this.#balanceListeners.add(listener);
    return () => this.#balanceListeners.delete(listener);
  }

  /**
   * Runs a command: atomic in memory, resolved once its records are durable. `arg` is handed to
   * `fn`, so a hot command passes a plain function instead of making a closure per call.
   */
  protected command<T, A = undefined>(fn: (ctx: Ctx, arg: A) => T, arg?: A): Promise<T> {
    let ctx: RunCtx;
    let result: T;
    try {
      ctx = this.#context();
      result = fn(ctx, arg as A);
    } catch (error) {
      // Records already written (clock catch-up) are facts regardless of the refusal.
      if (ctx! !== undefined) this.#flush(ctx, undefined).catch(ignore);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return this.#flush(ctx, result);
  }

  /** Runs a read after catching up with the clock; catch-up records are written in the background. */
  protected read<T>(fn: (state: State, now: number) => T): T {
    const ctx = this.#context();
    try {
      return fn(this.state, ctx.now);
    } finally {
      if (ctx.records.length > 0) this.#flush(ctx, undefined).catch(ignore);
    }
  }

  /** Pays through the provider outside the atomic step, then records the outcome as a command. */
  protected async pay<T>(
    charge: Parameters<PaymentProvider['charge']>[0],
    record: (ctx: Ctx, payment: PaymentResult) => T,
  ): Promise<T> {
    let payment: PaymentResult;
    try {
      payment = await this.paymentProvider.charge(charge);
    } catch (error) {
      throw new CreditError(
        'payment_declined',
        `The payment provider failed (${error instanceof Error ? error.message : String(error)}); nothing was charged or granted. Try again.`,
        { reason: 'provider_error' },
      );
    }
    return this.command((ctx) => record(ctx, payment));
  }

  #context(): RunCtx {
    if (this.#failure !== null) {
      throw new CreditError(
        'unavailable',
        'The credit store failed to write, so the engine stopped to protect the ledger; restart it to reload from the store.',
      );
    }
    const ctx = new RunCtx(this.state, nowMs(this.clock), this.#newId);
    catchUp(ctx);
    return ctx;
  }

  /** Hands the command's records to the store; resolves with `result` once they are durable. */
  #flush<T>(ctx: RunCtx, result: T): Promise<T> {
    if (ctx.records.length === 0) return this.#lastAppend.then(() => result);
    const from = this.#eventsQueued;
    const to = (this.#eventsQueued = this.state.events.length);
    // One reaction per command on the store's promise, resolving with the result itself: usage
    // runs hundreds of thousands of commands a second, and every extra promise is garbage.
    const appended = this.#store.append(ctx.records).then(() => {
      if (to > from) this.#deliver(from, to);
      if (this.#balanceListeners.size > 0) {
        const pools = movedPools(ctx.records);
        if (pools.length > 0) for (const listener of this.#balanceListeners) listener(pools);
      }
      if (ctx.startedRecharges) for (const id of ctx.startedRecharges) this.#track(this.#runRecharge(id));
      return result;
    }, this.#appendFailed);
    this.#lastAppend = appended;
    appended.catch(ignore);
    return appended;
  }

  /** One function for every command: only the success handler needs the command's own data. */
  readonly #appendFailed = (error: unknown): never => {
    this.#failure = error;
    throw new CreditError(
      'unavailable',
      'The credit store failed to write; nothing was acknowledged. Retry after restarting the engine.',
    );
  };

  #deliver(from: number, to: number): void {
    for (let i = from; i < to; i++) for (const listener of this.#listeners) listener(this.state.events[i]!);
  }

  async #runRecharge(id: string): Promise<void> {
    const charge = rechargeCharge(this.state, id);
    let payment: PaymentResult | { status: 'error'; message: string };
    try {
      payment = await this.paymentProvider.charge(charge);
    } catch (error) {
      payment = { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    await this.command((ctx) => finishRecharge(ctx, id, payment)).catch(() => undefined);
  }

  #track(work: Promise<void>): void {
    this.#background.add(work);
    void work.finally(() => this.#background.delete(work));
  }
}

/** The pools that usage and negative adjustments in `records` drew from, each once. */
function movedPools(records: readonly EngineRecord[]): PoolKey[] {
  // A usage command writes one record: its pool, without the map that removes repeats.
  if (records.length === 1) {
    const r = records[0]!;
    return drawsCredits(r) ? [{ customerId: r.customerId, currencyId: r.currencyId, resourceId: r.resourceId }] : [];
  }
  const pools = new Map<string, PoolKey>();
  for (const r of records) {
    if (!drawsCredits(r)) continue;
    const key = `${r.customerId}\u0000${r.currencyId}\u0000${r.resourceId ?? ''}`;
    if (!pools.has(key))
      pools.set(key, { customerId: r.customerId, currencyId: r.currencyId, resourceId: r.resourceId });
  }
  return [...pools.values()];
}

function drawsCredits(r: EngineRecord): r is RecordOf<'usage' | 'adjustment'> {
  return r.type === 'usage' || (r.type === 'adjustment' && !r.grant);
}
