/** What a command sees while it runs: the state, the time, and a way to write records. */
import { CreditError } from './errors';
import type { EngineRecord } from './store';
import { idemKey, type IdemEntry, type State } from './state';

export interface Ctx {
  readonly state: State;
  /** The clock's time when the command started, in epoch milliseconds. */
  readonly now: number;
  newId(prefix: string): string;
  /** Applies a record at once (later checks in the same command see it) and queues it for the store. */
  write(record: EngineRecord): void;
  /** Notes a recharge this command started; the engine pays for it once the records are durable. */
  startedRecharge(id: string): void;
}

/**
 * Idempotency: `null` when the key is new (or absent); the first call's entry when the same key
 * came with the same payload; a conflict error when it came with a different one.
 */
export function seenBefore(ctx: Ctx, customerId: string, key: string | null, fp: string): IdemEntry | null {
  if (key === null) return null;
  const entry = ctx.state.idem.get(idemKey(customerId, key));
  if (!entry) return null;
  if (entry.fp !== fp) throw idempotencyConflict(key);
  return entry;
}

export function idempotencyConflict(key: string): CreditError {
  return new CreditError(
    'idempotency_conflict',
    `The idempotency key "${key}" was already used with a different request; use a new key for a new operation.`,
    { idempotencyKey: key },
  );
}
