import { aggregate } from './aggregate';
import { SINGLE_BUCKET } from './buckets';
import { Cells } from './cells';
import { PoolColumns } from './columns';
import { listDimensions } from './dimensions';
import { runQuery } from './query';
import { readWindow } from './selection';
import {
  ALL_POOLS,
  type Instant,
  type UsageDimensionsParams,
  type UsageDimensionsResult,
  type UsageFact,
  type UsageQueryParams,
  type UsageQueryResult,
  type UsageSelection,
} from './types';

/** A pool, or every pool of a customer and currency (`resourceId: '*'`). */
export type UsagePoolSelector = Pick<UsageSelection, 'customerId' | 'currencyId' | 'resourceId'>;

/**
 * In-memory index of consumed credits, answering the usage charts' queries. Facts are appended
 * (`add`) as the engine records consumptions and are never changed; reads scan compact columns
 * and sum exactly. See `README.md` beside this file for the design.
 */
export class UsageIndex {
  readonly #cells = new Cells();
  /** customer → currency → resource (`null` = global pool) → columns. */
  readonly #pools = new Map<string, Map<string, Map<string | null, PoolColumns>>>();
  #size = 0;

  /** Number of facts added. */
  get size(): number {
    return this.#size;
  }

  add(fact: UsageFact): void {
    this.addFact(
      fact.customerId,
      fact.currencyId,
      fact.resourceId,
      fact.featureId,
      fact.at,
      fact.units,
      fact.dimensions,
    );
  }

  /** `add` without a fact object. */
  addFact(
    customerId: string,
    currencyId: string,
    resourceId: string | null,
    featureId: string,
    at: number,
    units: bigint,
    dimensions: Readonly<Record<string, string>>,
  ): void {
    this.addTo(this.columnsOf(customerId, currencyId, resourceId), featureId, at, units, dimensions);
  }

  /**
   * The columns of one pool, made on first use. The engine keeps them with its pool and adds each
   * consumption through `addTo`, without looking the pool up again.
   */
  columnsOf(customerId: string, currencyId: string, resourceId: string | null): PoolColumns {
    let byCurrency = this.#pools.get(customerId);
    if (!byCurrency) this.#pools.set(customerId, (byCurrency = new Map()));
    let byResource = byCurrency.get(currencyId);
    if (!byResource) byCurrency.set(currencyId, (byResource = new Map()));
    let pool = byResource.get(resourceId);
    if (!pool) byResource.set(resourceId, (pool = new PoolColumns(this.#cells)));
    return pool;
  }

  /** Adds a fact to columns this index gave out (`columnsOf`). */
  addTo(
    columns: PoolColumns,
    featureId: string,
    at: number,
    units: bigint,
    dimensions: Readonly<Record<string, string>>,
  ): void {
    columns.push(at, this.#cells.intern(featureId, dimensions), units);
    this.#size++;
  }

  /** Series per bucket for a chart. */
  query(params: UsageQueryParams): UsageQueryResult {
    return runQuery(this.#cells, this.#select(params), params);
  }

  /** Dimension keys and values seen in the window, for building filters. */
  dimensions(params: UsageDimensionsParams): UsageDimensionsResult {
    return listDimensions(this.#cells, this.#select(params), params);
  }

  /** Units consumed from a pool (or all pools with `resourceId: '*'`) in `[from, to)`; for burn rates. */
  totalBetween(pool: UsagePoolSelector, from: Instant, to: Instant): bigint {
    const window = readWindow({ from, to });
    const sums = aggregate({
      pools: this.#select(pool),
      ...window,
      cellCount: this.#cells.count,
      slotOf: () => 0,
      buckets: 1,
      index: SINGLE_BUCKET,
    });
    return sums.slots === 0 ? 0n : sums.sum(0, 0);
  }

  #select({ customerId, currencyId, resourceId }: UsagePoolSelector): PoolColumns[] {
    const byResource = this.#pools.get(customerId)?.get(currencyId);
    if (!byResource) return [];
    if (resourceId === ALL_POOLS) return [...byResource.values()];
    const pool = byResource.get(resourceId);
    return pool ? [pool] : [];
  }
}
