/** The grants read model: a pool's grants, filtered by status, sorted, in keyset-cursor pages. */
import { CreditError } from './errors';
import type { GrantState, State } from './state';
import type { Grant, GrantStatus, Page } from './types';
import type { GrantSortDirection, GrantSortField, ListGrantsInput } from './types-ops';
import * as v from './validate';
import { toGrant } from './views';

export const GRANT_SORT_KEYS = ['createdAt', 'effectiveAt', 'expiresAt', 'amount', 'remaining'] as const;
export const GRANT_SORT_DIRECTIONS = ['asc', 'desc'] as const;
const STATUSES = ['scheduled', 'active', 'depleted', 'expired', 'voided'] as const;

type SortValue = number | bigint;

/** Each key reads one homogeneous value (all numbers or all bigints), so `<` compares them. */
const sortValue: Record<GrantSortField, (g: GrantState) => SortValue> = {
  createdAt: (g) => g.seq,
  effectiveAt: (g) => g.data.effectiveAt,
  // A grant that never expires outlives every dated one.
  expiresAt: (g) => g.data.expiresAt ?? Number.POSITIVE_INFINITY,
  amount: (g) => g.units,
  remaining: (g) => g.remaining,
};

/** A row's place in the order: its sort value, then its creation order, so no two rows tie. */
interface Position {
  value: SortValue;
  seq: number;
}

const compare = (a: SortValue, b: SortValue) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Grants of a pool, newest first unless `sort` says otherwise. The cursor names the last row of the
 * page (its sort value and creation order), not an offset: the next page starts right after it in
 * the same order, so a grant created, voided or drawn from between two reads neither shifts nor
 * repeats the rows of other pages.
 */
export function listGrants(state: State, input: ListGrantsInput): Page<Grant> {
  state.customer(input.customerId);
  const pool = state.findPool({
    customerId: input.customerId,
    currencyId: state.currency(input.currencyId).def.id,
    resourceId: v.optionalId(input.resourceId, 'resourceId'),
  });
  const statuses =
    input.status === undefined
      ? null
      : new Set<GrantStatus>(
          (Array.isArray(input.status) ? input.status : [input.status]).map((s) => v.oneOf(s, STATUSES, 'status')),
        );
  const limit = input.limit === undefined ? 50 : v.integer(input.limit, 'limit', 1, 500);
  const sort = input.sort === undefined ? 'createdAt' : v.oneOf(input.sort, GRANT_SORT_KEYS, 'sort');
  const direction =
    input.direction === undefined ? 'desc' : v.oneOf(input.direction, GRANT_SORT_DIRECTIONS, 'direction');
  const after = input.cursor ? parseCursor(input.cursor, sort, direction) : null;
  const sign = direction === 'asc' ? 1 : -1;
  const order = (a: Position, b: Position) => sign * (compare(a.value, b.value) || a.seq - b.seq);
  const read = sortValue[sort];

  const rows: (Position & { grant: GrantState })[] = [];
  for (const grant of pool?.grants ?? []) {
    if (statuses && !statuses.has(grant.status)) continue;
    const row = { grant, value: read(grant), seq: grant.seq };
    if (!after || order(row, after) > 0) rows.push(row);
  }
  rows.sort(order);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toGrant(row.grant)),
    nextCursor: rows.length > limit && last ? cursorOf(sort, direction, last) : null,
  };
}

// ---- cursors: `g1.<sort>.<direction>.<value>.<seq>`; `never` stands for "does not expire".

function cursorOf(sort: GrantSortField, direction: GrantSortDirection, at: Position): string {
  const value = at.value === Number.POSITIVE_INFINITY ? 'never' : String(at.value);
  return ['g1', sort, direction, value, String(at.seq)].join('.');
}

function parseCursor(cursor: string, sort: GrantSortField, direction: GrantSortDirection): Position {
  const [version, cursorSort, cursorDirection, value, seq, ...extra] = cursor.split('.');
  const malformed = () =>
    new CreditError('invalid_request', 'cursor is not one this list returned; start again without a cursor.', {
      field: 'cursor',
    });
  if (version !== 'g1' || extra.length > 0 || value === undefined || seq === undefined || !/^\d+$/.test(seq)) {
    throw malformed();
  }
  if (cursorSort !== sort || cursorDirection !== direction) {
    throw new CreditError(
      'invalid_request',
      `cursor belongs to the list sorted by ${cursorSort} ${cursorDirection}, not ${sort} ${direction}; ` +
        'keep the sort of the first page, or start again without a cursor.',
      { field: 'cursor' },
    );
  }
  if (value === 'never' && sort === 'expiresAt') return { value: Number.POSITIVE_INFINITY, seq: Number(seq) };
  if (!/^-?\d+$/.test(value)) throw malformed();
  // Amounts are fixed-point bigints; times and creation order are numbers.
  return { value: sort === 'amount' || sort === 'remaining' ? BigInt(value) : Number(value), seq: Number(seq) };
}
