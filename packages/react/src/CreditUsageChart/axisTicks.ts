/** Round axis steps (1, 2, 2.5 or 5 × 10ⁿ) up to the tallest stack, so ticks read 0, 100, 200… */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const top = Math.ceil(max / step - 1e-9);
  return Array.from({ length: top + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

export interface BucketTickSpace {
  /** Width of the plot, where the buckets are. */
  plotWidth: number;
  /** Width of the widest date label. */
  labelWidth: number;
  /** Least space between two labels. */
  gap: number;
  /** Room left of the plot (the value axis) that the first label may run into. */
  leftRoom: number;
}

/**
 * The buckets that get a date label: evenly spaced, counted back from the last bucket so the
 * latest date is always named, and far enough apart that labels never touch. Chosen here rather
 * than by recharts, which measures each of 90 labels in the DOM to decide the same thing.
 */
export function bucketTicks(buckets: readonly string[], space: BucketTickSpace): string[] {
  const count = buckets.length;
  if (count === 0) return [];
  const pitch = space.plotWidth / count;
  const step = Math.max(1, Math.ceil((space.labelWidth + space.gap) / Math.max(pitch, 1e-6)));
  const ticks: string[] = [];
  for (let i = count - 1; i >= 0; i -= step) {
    // A label centred on an early bucket may not fit left of it: leave it out rather than clip it.
    const fits = (i + 0.5) * pitch + space.leftRoom >= space.labelWidth / 2;
    if (fits || i === count - 1) ticks.push(buckets[i]!);
  }
  return ticks.reverse();
}
