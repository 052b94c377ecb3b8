import { seriesConfig, type SeriesConfig } from './config';
import { sumDecimals } from './sum';
import type { UsageData } from './types';

/** One bar group for recharts: the bucket and a number per series (`s0`, `s1`, …). */
export type ChartRow = { bucket: string } & Record<string, number | string>;

export interface UsageModel {
  series: SeriesConfig[];
  rows: ChartRow[];
  /** Exact credits, `cells[bucketIndex][seriesIndex]`, in the order of `series`. */
  cells: string[][];
}

/**
 * Turns the engine's answer into what the chart draws. Computed once per answer (the hook memoizes
 * it), so hiding a series or hovering never walks the data again.
 */
export function buildUsageModel(data: UsageData): UsageModel {
  const series = seriesConfig(data.series);
  const cells = data.buckets.map((_, bucketIndex) => data.series.map((s) => s.points[bucketIndex]?.credits ?? '0'));
  const rows = data.buckets.map((bucket, bucketIndex) => {
    const row: ChartRow = { bucket };
    // Bars need numbers; every figure a person reads comes from the exact strings instead.
    series.forEach((config, seriesIndex) => (row[config.dataKey] = Number(cells[bucketIndex]![seriesIndex])));
    return row;
  });
  return { series, rows, cells };
}

export interface UsageTableModel {
  series: SeriesConfig[];
  buckets: string[];
  /** Exact credits per bucket for the visible series. */
  cells: string[][];
  rowTotals: string[];
  columnTotals: string[];
  total: string;
}

/** The series left once hidden ones are left out, with their index in `model.series`. */
function shownSeries(model: UsageModel, hidden: ReadonlySet<string>) {
  return model.series.map((s, index) => ({ s, index })).filter(({ s }) => !hidden.has(s.key));
}

/** Totals of the shown series, and of the window: what the header reads, without the table's rows. */
export function visibleTotals(data: UsageData, model: UsageModel, hidden: ReadonlySet<string>) {
  const columnTotals = shownSeries(model, hidden).map(({ index }) => data.series[index]!.total);
  return { columnTotals, total: hidden.size === 0 ? data.total : sumDecimals(columnTotals) };
}

/** What is shown once hidden series are left out: the table, the CSV and the total all read this. */
export function visibleTable(data: UsageData, model: UsageModel, hidden: ReadonlySet<string>): UsageTableModel {
  const shown = shownSeries(model, hidden);
  const cells = model.cells.map((row) => shown.map(({ index }) => row[index]!));
  return {
    series: shown.map(({ s }) => s),
    buckets: data.buckets,
    cells,
    rowTotals: cells.map((row) => sumDecimals(row)),
    ...visibleTotals(data, model, hidden),
  };
}
