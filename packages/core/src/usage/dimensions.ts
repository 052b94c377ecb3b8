/** The dimension keys and values seen in a window, with counts and totals, for building filters. */
import { formatDecimal } from '../decimal';
import { aggregate } from './aggregate';
import { SINGLE_BUCKET } from './buckets';
import type { Cells } from './cells';
import type { PoolColumns } from './columns';
import { cellFilter, echoSelection, readWindow } from './selection';
import type { UsageDimensionKey, UsageDimensionsParams, UsageDimensionsResult } from './types';

interface Tally {
  count: number;
  total: bigint;
}

export function listDimensions(
  cells: Cells,
  pools: readonly PoolColumns[],
  params: UsageDimensionsParams,
): UsageDimensionsResult {
  const { from, to } = readWindow(params);
  const { passes, pairs: filter } = cellFilter(cells, params);
  // One slot per storage cell that passes, then each cell's sum is spread over its pairs.
  const cellOfSlot: number[] = [];
  const slotOf = (cell: number) => (passes(cell) ? cellOfSlot.push(cell) - 1 : -1);
  const sums = aggregate({ pools, from, to, cellCount: cells.count, slotOf, buckets: 1, index: SINGLE_BUCKET, filter });

  const all: Tally = { count: 0, total: 0n };
  const byKey = new Map<number, Tally & { values: Map<number, Tally> }>();
  for (let slot = 0; slot < sums.slots; slot++) {
    const count = sums.count(slot);
    if (count === 0) continue;
    const total = sums.sum(slot, 0);
    add(all, count, total);
    const cell = cellOfSlot[slot]!;
    for (let i = cells.pairStart[cell]!, end = i + cells.pairLength[cell]!; i < end; i++) {
      const pair = cells.pairData[i]!;
      const keyId = cells.pairKey[pair]!;
      let key = byKey.get(keyId);
      if (!key) byKey.set(keyId, (key = { count: 0, total: 0n, values: new Map() }));
      add(key, count, total);
      const valueId = cells.pairValue[pair]!;
      let value = key.values.get(valueId);
      if (!value) key.values.set(valueId, (value = { count: 0, total: 0n }));
      add(value, count, total);
    }
  }

  const { precision, maxValuesPerKey } = params;
  const keys = [...byKey].map(([keyId, tally]): UsageDimensionKey => {
    const values = [...tally.values]
      .map(([valueId, value]) => ({ value: cells.values.names[valueId]!, ...value }))
      .sort((a, b) => (a.total === b.total ? compare(a.value, b.value) : a.total > b.total ? -1 : 1));
    const kept = maxValuesPerKey === undefined ? values : values.slice(0, maxValuesPerKey);
    return {
      key: cells.keys.names[keyId]!,
      count: tally.count,
      total: formatDecimal(tally.total, precision),
      values: kept.map(({ value, count, total }) => ({ value, count, total: formatDecimal(total, precision) })),
      truncated: kept.length < values.length,
    };
  });
  keys.sort((a, b) => compare(a.key, b.key));
  return {
    ...echoSelection(params, { from, to }),
    count: all.count,
    total: formatDecimal(all.total, precision),
    keys,
  };
}

function add(tally: Tally, count: number, total: bigint): void {
  tally.count += count;
  tally.total += total;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
