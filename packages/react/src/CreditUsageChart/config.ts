import type { UsageSeriesData } from './types';

/** How one series is drawn and named: the chart's config, shared by bars, legend, tooltip and table. */
export interface SeriesConfig {
  key: string;
  label: string;
  /** recharts reads `dataKey` as a path, so dimension values with dots ("gpt-4.1") get a plain key. */
  dataKey: string;
  /** A CSS colour from the theme tokens, e.g. `var(--ck-chart-3)`. */
  color: string;
}

const PALETTE_SIZE = 9;
const OTHER_COLOR = 'var(--ck-chart-other, var(--ck-chart-10))';

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Gives each series a theme colour that depends on its key, not on its rank, so "gpt-4o" keeps its
 * colour when a filter reorders the series. Keys whose hashes collide take the next free colour,
 * settled in key order so the outcome does not depend on the order the engine returned them in.
 * "Other" is always the neutral grey.
 */
export function seriesConfig(series: readonly UsageSeriesData[]): SeriesConfig[] {
  const taken = new Set<number>();
  const slots = new Map<string, number>();
  const isOther = (s: UsageSeriesData) => s.kind === 'other' || s.key === 'other';
  const keys = series.filter((s) => !isOther(s)).map((s) => s.key);
  for (const key of [...keys].sort()) {
    let slot = hash(key) % PALETTE_SIZE;
    for (let tries = 0; taken.has(slot) && tries < PALETTE_SIZE; tries++) slot = (slot + 1) % PALETTE_SIZE;
    taken.add(slot);
    slots.set(key, slot);
  }
  return series.map((s, index) => ({
    key: s.key,
    label: s.label ?? s.key,
    dataKey: `s${index}`,
    color: isOther(s) ? OTHER_COLOR : `var(--ck-chart-${(slots.get(s.key) ?? 0) + 1})`,
  }));
}
