/** Chart series over buckets: grouping, sorting and folding the long tail into `Other`. */
import { CreditError } from '../errors';
import { formatDecimal } from '../decimal';
import { aggregate } from './aggregate';
import { bucketEdges, bucketIndex, isTimeZone, UTC } from './buckets';
import type { Cells } from './cells';
import type { PoolColumns } from './columns';
import { cellFilter, echoSelection, readWindow } from './selection';
import type { UsageQueryParams, UsageQueryResult, UsageSeries, UsageSeriesKind } from './types';

interface Group {
  key: string;
  kind: UsageSeriesKind;
  points: bigint[];
  total: bigint;
}

const LABELS: Partial<Record<UsageSeriesKind, string>> = { none: '(none)', other: 'Other', total: 'Total' };

export function runQuery(cells: Cells, pools: readonly PoolColumns[], params: UsageQueryParams): UsageQueryResult {
  const { from, to } = readWindow(params);
  const groupBy = params.groupBy ?? 'feature';
  checkParams(params);
  const timeZone = params.timeZone ?? UTC;
  const edges = bucketEdges(from, to, params.granularity, timeZone);
  const buckets = Math.max(edges.length - 1, 0);
  const { passes, pairs: filter } = cellFilter(cells, params);

  // Each cell maps to the dense slot of its series; `keys` remembers what each slot stands for.
  const keys: { key: string; kind: UsageSeriesKind }[] = [];
  // Slot + 1 of each group (feature id, or dimension value id + 1 with 0 = lacking the key).
  const slotByGroup = new Int32Array(Math.max(cells.features.names.length, cells.values.names.length) + 1);
  const groupOf = groupKey(cells, params);
  const slotOf = (cell: number): number => {
    if (!passes(cell)) return -1;
    const group = groupOf(cell);
    let slot = slotByGroup[group + 1]! - 1;
    if (slot < 0) {
      slot = keys.length;
      slotByGroup[group + 1] = slot + 1;
      keys.push(describe(cells, groupBy, group));
    }
    return slot;
  };
  const sums = aggregate({
    pools,
    from,
    to,
    cellCount: cells.count,
    slotOf,
    buckets,
    index: bucketIndex(edges),
    filter,
  });

  // A slot can be handed out for a cell seen only outside the window (its chunk overlapped): drop it.
  const groups: Group[] = keys.flatMap(({ key, kind }, slot) => {
    if (sums.count(slot) === 0) return [];
    const points = Array.from({ length: buckets }, (_, bucket) => sums.sum(slot, bucket));
    return [{ key, kind, points, total: points.reduce((a, b) => a + b, 0n) }];
  });
  groups.sort((a, b) =>
    a.total === b.total ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.total > b.total ? -1 : 1,
  );
  const shown = fold(groups, params.maxSeries, buckets);
  const precision = params.precision;
  const series = shown.map(({ key, kind, points, total }): UsageSeries => {
    const label = LABELS[kind];
    return {
      key,
      kind,
      ...(label === undefined ? {} : { label }),
      points: points.map((units) => formatDecimal(units, precision)),
      total: formatDecimal(total, precision),
    };
  });
  return {
    ...echoSelection(params, { from, to }),
    granularity: params.granularity,
    timeZone,
    groupBy,
    ...(groupBy === 'dimension' ? { dimension: params.dimension! } : {}),
    precision,
    buckets: edges.slice(0, buckets).map((start) => new Date(start).toISOString()),
    series,
    total: formatDecimal(
      groups.reduce((sum, group) => sum + group.total, 0n),
      precision,
    ),
  };
}

/** A number naming a cell's series: feature id, dimension value id (-1 = lacking the key), or 0. */
function groupKey(cells: Cells, params: UsageQueryParams): (cell: number) => number {
  if (params.groupBy === 'dimension') {
    const keyId = cells.keys.get(params.dimension!);
    return keyId === undefined ? () => -1 : (cell) => cells.valueOf(cell, keyId);
  }
  if (params.groupBy === 'none') return () => 0;
  return (cell) => cells.feature[cell]!;
}

function describe(cells: Cells, groupBy: string, group: number): { key: string; kind: UsageSeriesKind } {
  if (groupBy === 'none') return { key: '(total)', kind: 'total' };
  if (groupBy === 'feature') return { key: cells.features.names[group]!, kind: 'value' };
  return group < 0 ? { key: '(none)', kind: 'none' } : { key: cells.values.names[group]!, kind: 'value' };
}

/** Keeps the largest `maxSeries - 1` groups and sums the rest into one `Other` series, placed last. */
function fold(groups: Group[], maxSeries: number | undefined, buckets: number): Group[] {
  if (maxSeries === undefined || groups.length <= maxSeries) return groups;
  const kept = groups.slice(0, maxSeries - 1);
  const other: Group = { key: '(other)', kind: 'other', points: new Array<bigint>(buckets).fill(0n), total: 0n };
  for (const group of groups.slice(maxSeries - 1)) {
    for (let b = 0; b < buckets; b++) other.points[b]! += group.points[b]!;
    other.total += group.total;
  }
  return [...kept, other];
}

function checkParams(params: UsageQueryParams): void {
  const problems: string[] = [];
  if (params.groupBy === 'dimension' && !params.dimension) {
    problems.push('groupBy "dimension" needs `dimension`, the key to group by (for example "model")');
  }
  if (params.maxSeries !== undefined && !(Number.isInteger(params.maxSeries) && params.maxSeries >= 1)) {
    problems.push(`maxSeries must be a whole number of at least 1; got ${params.maxSeries}`);
  }
  if (!(Number.isInteger(params.precision) && params.precision >= 0)) {
    problems.push(`precision must be the currency's number of decimal places (0 or more); got ${params.precision}`);
  }
  if (params.timeZone !== undefined && !isTimeZone(params.timeZone)) {
    problems.push(
      `timeZone must be an IANA time zone such as "Europe/Berlin", "America/New_York" or "UTC"; got ${JSON.stringify(params.timeZone)}`,
    );
  }
  if (problems.length > 0) {
    throw new CreditError('invalid_request', `${problems.join('; ')}.`, { problems });
  }
}
