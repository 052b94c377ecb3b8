/**
 * Turns a selection's feature list and dimension filters into a test on storage cells, and its
 * window into epoch milliseconds.
 */
import { CreditError } from '../errors';
import { toEpoch } from './buckets';
import type { Cells } from './cells';
import type { UsageSelection } from './types';

export interface Window {
  from: number;
  to: number;
}

export function readWindow(selection: Pick<UsageSelection, 'from' | 'to'>): Window {
  const from = toEpoch(selection.from, 'from');
  const to = toEpoch(selection.to, 'to');
  if (to < from) {
    throw new CreditError(
      'invalid_request',
      `The window ends before it starts (from ${new Date(from).toISOString()}, to ${new Date(to).toISOString()}); swap from and to.`,
      { from: selection.from, to: selection.to },
    );
  }
  return { from, to };
}

/** The selection as a result repeats it: the pool and the window as ISO strings. */
export function echoSelection({ customerId, currencyId, resourceId }: UsageSelection, window: Window) {
  const iso = (at: number) => new Date(at).toISOString();
  return { customerId, currencyId, resourceId, from: iso(window.from), to: iso(window.to) };
}

/** Keys AND'd through bits of a 32-bit mask. */
const MAX_FILTER_KEYS = 31;

export interface CellFilter {
  passes: (cell: number) => boolean;
  /** Per filtered key, the pair ids (key=value) it allows: lets sealed chunks read only those rows. */
  pairs: number[][];
}

/**
 * Tests cells against a selection's feature list and dimension filters. An empty list (of
 * features, or of values for a key) constrains nothing, so a UI that clears every value of a
 * filter shows everything rather than nothing.
 */
export function cellFilter(cells: Cells, selection: UsageSelection): CellFilter {
  let features: Uint8Array | null = null;
  if (selection.features?.length) {
    features = new Uint8Array(cells.features.names.length);
    for (const name of selection.features) {
      const id = cells.features.get(name);
      if (id !== undefined) features[id] = 1;
    }
  }
  const entries = Object.entries(selection.filters ?? {}).filter(([, values]) => values.length > 0);
  if (entries.length > MAX_FILTER_KEYS) {
    throw new CreditError(
      'invalid_request',
      `Filter by at most ${MAX_FILTER_KEYS} dimension keys at once; got ${entries.length}.`,
      {
        max: MAX_FILTER_KEYS,
      },
    );
  }
  // Bit k of `mask[pair]` says the pair satisfies filter k: a cell passes when its pairs cover every bit.
  const mask = new Int32Array(cells.pairKey.length);
  const pairs: number[][] = [];
  for (const [k, [key, values]] of entries.entries()) {
    const keyId = cells.keys.get(key);
    const allowed = keyId === undefined ? [] : values.flatMap((value) => cells.pairOf(keyId, value) ?? []);
    for (const pair of allowed) mask[pair]! |= 1 << k;
    pairs.push(allowed);
  }
  const all = (1 << entries.length) - 1;
  const { feature, pairStart, pairLength, pairData } = cells;
  const passes = (cell: number): boolean => {
    if (features !== null && features[feature[cell]!] !== 1) return false;
    let covered = 0;
    for (let i = pairStart[cell]!, end = i + pairLength[cell]!; i < end; i++) covered |= mask[pairData[i]!]!;
    return covered === all;
  };
  return { passes, pairs };
}
