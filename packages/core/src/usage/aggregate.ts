/**
 * The one scan every read goes through: sums the units of the facts of some pools inside
 * `[from, to)` into (slot × bucket) cells, where a caller-supplied function maps each storage
 * cell to a dense slot (a series, a dimension cell…) or to -1 to leave it out. The mapping runs
 * once per storage cell, not per fact, which keeps the per-fact work to a few array reads. With
 * dimension filters, sealed chunks are read through their posting index: only rows carrying an
 * allowed value of the most selective filtered key are visited.
 */
import type { BucketIndex } from './buckets';
import type { Chunk, PoolColumns } from './columns';

const UNKNOWN = -2;

export interface Aggregation {
  /** Slots handed out by `slotOf`, densely from 0. */
  slots: number;
  buckets: number;
  /** Sum for (slot, bucket). */
  sum(slot: number, bucket: number): bigint;
  /** Facts counted into a slot. */
  count(slot: number): number;
}

export interface AggregateInput {
  pools: readonly PoolColumns[];
  from: number;
  to: number;
  cellCount: number;
  /** Dense slot for a storage cell, or -1 to skip it. Called at most once per cell. */
  slotOf: (cell: number) => number;
  buckets: number;
  index: BucketIndex;
  /**
   * Per filtered key, the pair ids it allows. Only narrows which rows are read: `slotOf` must
   * still reject cells that fail the filter.
   */
  filter?: readonly (readonly number[])[];
}

/** Visits the rows of a chunk that may pass the filter. */
function candidates(chunk: Chunk, filter: AggregateInput['filter'], visit: (row: number) => void): void {
  const postings = chunk.postings;
  if (!postings || !filter?.length) {
    for (let row = 0; row < chunk.length; row++) visit(row);
    return;
  }
  // The key whose allowed values cover the fewest rows of this chunk.
  let best: number[] = [];
  let bestRows = Infinity;
  for (const pairs of filter) {
    const slots: number[] = [];
    let rows = 0;
    for (const pair of pairs) {
      const slot = postings.pair.get(pair);
      if (slot === undefined) continue;
      slots.push(slot);
      rows += postings.start[slot + 1]! - postings.start[slot]!;
    }
    if (rows < bestRows) [best, bestRows] = [slots, rows];
  }
  for (const slot of best) {
    for (let i = postings.start[slot]!, end = postings.start[slot + 1]!; i < end; i++) visit(postings.rows[i]!);
  }
}

export function aggregate(input: AggregateInput): Aggregation {
  const { pools, from, to } = input;
  let magnitude = 0;
  for (const pool of pools) {
    for (const chunk of pool.chunks) if (chunk.maxAt >= from && chunk.minAt < to) magnitude += chunk.magnitude;
  }
  // Below 2^53 every partial sum of integers is exact in a double; above, fall back to bigint.
  return magnitude <= Number.MAX_SAFE_INTEGER ? aggregateNumbers(input) : aggregateBigints(input);
}

function aggregateNumbers({ pools, from, to, cellCount, slotOf, buckets, index, filter }: AggregateInput): Aggregation {
  const memo = new Int32Array(cellCount).fill(UNKNOWN);
  const { first, width, bySlot } = index;
  let capacity = 8;
  let sums = new Float64Array(capacity * buckets);
  let counts = new Float64Array(capacity);
  let slots = 0;
  const assign = (c: number): number => {
    const slot = (memo[c] = slotOf(c));
    if (slot >= slots) slots = slot + 1;
    if (slots > capacity) {
      while (slots > capacity) capacity *= 2;
      const grown = new Float64Array(capacity * buckets);
      grown.set(sums);
      sums = grown;
      const grownCounts = new Float64Array(capacity);
      grownCounts.set(counts);
      counts = grownCounts;
    }
    return slot;
  };
  for (const pool of pools) {
    for (const chunk of pool.chunks) {
      if (chunk.maxAt < from || chunk.minAt >= to) continue;
      const whole = chunk.minAt >= from && chunk.maxAt < to;
      const { at, cell, units } = chunk;
      candidates(chunk, filter, (row) => {
        const c = cell[row]!;
        let slot = memo[c]!;
        if (slot === UNKNOWN) slot = assign(c);
        if (slot < 0) return;
        const t = at[row]!;
        if (!whole && (t < from || t >= to)) return;
        const bucket = bySlot === null ? Math.floor((t - first) / width) : bySlot[Math.floor((t - first) / width)]!;
        sums[slot * buckets + bucket]! += units[row]!;
        counts[slot]!++;
      });
    }
  }
  return {
    slots,
    buckets,
    sum: (slot, bucket) => BigInt(sums[slot * buckets + bucket]!),
    count: (slot) => counts[slot]!,
  };
}

/** The same scan with bigint sums, for windows whose magnitudes could pass 2^53. */
function aggregateBigints({ pools, from, to, cellCount, slotOf, buckets, index, filter }: AggregateInput): Aggregation {
  const memo = new Int32Array(cellCount).fill(UNKNOWN);
  const { first, width, bySlot } = index;
  const sums: bigint[] = [];
  const counts: number[] = [];
  let slots = 0;
  for (const pool of pools) {
    for (const chunk of pool.chunks) {
      if (chunk.maxAt < from || chunk.minAt >= to) continue;
      candidates(chunk, filter, (row) => {
        const c = chunk.cell[row]!;
        let slot = memo[c]!;
        if (slot === UNKNOWN) {
          slot = memo[c] = slotOf(c);
          for (; slots <= slot; slots++) {
            counts.push(0);
            for (let b = 0; b < buckets; b++) sums.push(0n);
          }
        }
        const t = chunk.at[row]!;
        if (slot < 0 || t < from || t >= to) return;
        const bucket = bySlot === null ? Math.floor((t - first) / width) : bySlot[Math.floor((t - first) / width)]!;
        sums[slot * buckets + bucket]! += chunk.unitsAt(row);
        counts[slot]!++;
      });
    }
  }
  return { slots, buckets, sum: (slot, bucket) => sums[slot * buckets + bucket]!, count: (slot) => counts[slot]! };
}
