/**
 * A pool's ledger: one row per balance-changing fact, in order, materialized into ledger entries
 * on read. Consumptions are nearly every row of a busy pool, so they keep no object of their own:
 * such a row is the usage record the store already holds plus its balance after, in a column of
 * 64-bit integers. A row object is made only when one is read. The rare other rows (grants,
 * expirations, voids, adjustments) are stored as objects, as they are read.
 */
import type { EngineRecord, UsageRecord } from './store';
import type { GrantState } from './state';
import type { LedgerEntryType } from './types';

/** One balance-changing fact of a pool. */
export interface LedgerRow {
  kind: LedgerEntryType;
  record: EngineRecord;
  /** The grant concerned, for single-entry rows. */
  grant: GrantState | null;
  /** Signed amount of the whole row. */
  amount: bigint;
  /** Balance after the whole row. */
  balanceAfter: bigint;
}

/** The column holds balances in (MIN, MAX]; MIN marks one kept in `#big`, beyond 64 bits. */
const MAX = 2n ** 63n - 1n;
const MIN = -(2n ** 63n);
const FIRST_ROWS = 16;

export class Ledger {
  /** Per row: the usage record of a consumption, or the row object of every other fact. */
  readonly #items: Array<UsageRecord | LedgerRow> = [];
  /** Balance after each consumption row (other rows leave their slot unused). */
  #after = new BigInt64Array(FIRST_ROWS);
  #big: Map<number, bigint> | null = null;

  get length(): number {
    return this.#items.length;
  }

  /** Appends a row that is not a consumption. */
  push(row: LedgerRow): void {
    this.#items.push(row);
  }

  /** Appends a consumption: the record drew `-amount` credits and left `balanceAfter`. */
  pushUsage(record: UsageRecord, balanceAfter: bigint): void {
    const i = this.#items.length;
    if (i === this.#after.length) {
      const grown = new BigInt64Array(i * 2);
      grown.set(this.#after);
      this.#after = grown;
    }
    if (balanceAfter > MIN && balanceAfter <= MAX) {
      this.#after[i] = balanceAfter;
    } else {
      this.#after[i] = MIN;
      (this.#big ??= new Map()).set(i, balanceAfter);
    }
    this.#items.push(record);
  }

  /** The record of row `i`, without making the row. */
  recordAt(i: number): EngineRecord {
    const item = this.#items[i]!;
    return isUsage(item) ? item : item.record;
  }

  kindAt(i: number): LedgerEntryType {
    const item = this.#items[i]!;
    return isUsage(item) ? 'consumption' : item.kind;
  }

  /** Balance after row `i`. */
  balanceAfter(i: number): bigint {
    const item = this.#items[i]!;
    if (!isUsage(item)) return item.balanceAfter;
    const after = this.#after[i]!;
    return after === MIN ? this.#big!.get(i)! : after;
  }

  /** Row `i`, made on read for a consumption. */
  row(i: number): LedgerRow {
    const item = this.#items[i]!;
    if (!isUsage(item)) return item;
    return {
      kind: 'consumption',
      record: item,
      grant: null,
      amount: -usageTotal(item),
      balanceAfter: this.balanceAfter(i),
    };
  }
}

function isUsage(item: UsageRecord | LedgerRow): item is UsageRecord {
  return (item as Partial<UsageRecord>).type === 'usage';
}

/** Credits a usage record took: its draws and its overage. */
export function usageTotal(r: UsageRecord): bigint {
  if (r.grantId !== undefined) return BigInt(r.credits);
  let total = r.over === undefined ? 0n : BigInt(r.over);
  if (r.draws) for (const draw of r.draws) total += BigInt(draw[1]);
  return total;
}
