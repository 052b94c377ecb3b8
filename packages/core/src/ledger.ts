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
/**
 * Rows are kept in chunks of this many: appending never copies a large array (growing one list
 * of a million rows copied it again and again and touched fresh memory each time).
 */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const FIRST_ROWS = 16;

export class Ledger {
  /** Per row, by chunk: the usage record of a consumption, or the row object of every other fact. */
  readonly #items: Array<Array<UsageRecord | LedgerRow>> = [[]];
  /** Balance after each consumption row, by chunk (other rows leave their slot unused). */
  readonly #after: BigInt64Array[] = [new BigInt64Array(FIRST_ROWS)];
  #big: Map<number, bigint> | null = null;
  #length = 0;

  get length(): number {
    return this.#length;
  }

  /** Appends a row that is not a consumption. */
  push(row: LedgerRow): void {
    this.#append(row);
  }

  /** Appends a consumption: the record drew `-amount` credits and left `balanceAfter`. */
  pushUsage(record: UsageRecord, balanceAfter: bigint): void {
    const i = this.#length;
    const column = this.#append(record);
    const at = i & (CHUNK - 1);
    if (balanceAfter > MIN && balanceAfter <= MAX) {
      column[at] = balanceAfter;
    } else {
      column[at] = MIN;
      (this.#big ??= new Map()).set(i, balanceAfter);
    }
  }

  /** Adds the row's item; returns the balance column its row falls in. */
  #append(item: UsageRecord | LedgerRow): BigInt64Array {
    const i = this.#length++;
    const chunk = i >> CHUNK_BITS;
    if (chunk === this.#items.length) {
      this.#items.push([]);
      this.#after.push(new BigInt64Array(CHUNK));
    }
    this.#items[chunk]!.push(item);
    let column = this.#after[chunk]!;
    if ((i & (CHUNK - 1)) === column.length) {
      // Only the first chunk starts small (a pool with few rows stays small), doubling to full size.
      const grown = new BigInt64Array(column.length * 2);
      grown.set(column);
      this.#after[chunk] = column = grown;
    }
    return column;
  }

  #item(i: number): UsageRecord | LedgerRow {
    return this.#items[i >> CHUNK_BITS]![i & (CHUNK - 1)]!;
  }

  /** The record of row `i`, without making the row. */
  recordAt(i: number): EngineRecord {
    const item = this.#item(i);
    return isUsage(item) ? item : item.record;
  }

  kindAt(i: number): LedgerEntryType {
    const item = this.#item(i);
    return isUsage(item) ? 'consumption' : item.kind;
  }

  /** Balance after row `i`. */
  balanceAfter(i: number): bigint {
    const item = this.#item(i);
    if (!isUsage(item)) return item.balanceAfter;
    const after = this.#after[i >> CHUNK_BITS]![i & (CHUNK - 1)]!;
    return after === MIN ? this.#big!.get(i)! : after;
  }

  /** Row `i`, made on read for a consumption. */
  row(i: number): LedgerRow {
    const item = this.#item(i);
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
