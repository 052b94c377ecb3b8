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
  const features = selection.features?.length ? idSet(cells.features, selection.features) : null;
  const filters: { keyId: number; values: Set<number> }[] = [];
  const pairs: number[][] = [];
  for (const [key, values] of Object.entries(selection.filters ?? {})) {
    if (values.length === 0) continue;
    const keyId = cells.keys.get(key);
    // A key never seen matches nothing; so does a value never seen.
    if (keyId === undefined) return { passes: () => false, pairs: [[]] };
    filters.push({ keyId, values: idSet(cells.values, values) });
    pairs.push(values.flatMap((value) => cells.pairOf(keyId, value) ?? []));
  }
  const passes = (cell: number): boolean => {
    if (features && !features.has(cells.feature[cell]!)) return false;
    for (const { keyId, values } of filters) if (!values.has(cells.valueOf(cell, keyId))) return false;
    return true;
  };
  return { passes, pairs };
}

function idSet(dictionary: { get(name: string): number | undefined }, names: readonly string[]): Set<number> {
  const ids = new Set<number>();
  for (const name of names) {
    const id = dictionary.get(name);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}
