/** The baselines the benchmark prints beside its figures. */
import { formatDecimal, type UsageFact } from '@creditkit/core';

interface NaiveParams {
  customerId: string;
  currencyId: string;
  from: number;
  to: number;
  dimension: string;
  filters: Record<string, string[]>;
  precision: number;
}

/** The usage query done the obvious way: every fact checked, day buckets by division, bigint sums. */
export function naiveQuery(facts: readonly UsageFact[], q: NaiveParams): { total: string } {
  const series = new Map<string, bigint[]>();
  const days = Math.ceil((q.to - q.from) / 86_400_000);
  let total = 0n;
  for (const f of facts) {
    if (f.customerId !== q.customerId || f.currencyId !== q.currencyId || f.at < q.from || f.at >= q.to) continue;
    if (!Object.entries(q.filters).every(([key, allowed]) => allowed.includes(f.dimensions[key] ?? ''))) continue;
    const key = f.dimensions[q.dimension] ?? '(none)';
    const points = series.get(key) ?? new Array<bigint>(days).fill(0n);
    series.set(key, points);
    points[Math.floor((f.at - q.from) / 86_400_000)]! += f.units;
    total += f.units;
  }
  return { total: formatDecimal(total, q.precision) };
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** CPU time of this process in ms (user + system): on a shared machine, what the work itself cost. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
