/**
 * Burn-down: which active grants of a pool a consumption draws from, in which order.
 *
 * - `default` — priority (lower first), then soonest expiry (never-expiring last), then
 *   promotional before recurring before money-backed grants (paid, top-up, auto-recharge), then
 *   oldest effective date, then creation order, then id.
 * - `fifo` — oldest effective date first, then creation order (priority and expiry ignored).
 * - `lifo` — newest effective date first, then latest created.
 */
import type { GrantState, PoolState } from './state';
import type { BurnDownStrategy, GrantType } from './types';

const TYPE_RANK: Record<GrantType, number> = {
  promotional: 0,
  recurring: 1,
  paid: 2,
  top_up: 2,
  auto_recharge: 2,
};

type Compare = (a: GrantState, b: GrantState) => number;

const byCreation: Compare = (a, b) => a.seq - b.seq || (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0);

const COMPARE: Record<BurnDownStrategy, Compare> = {
  default: (a, b) =>
    a.data.priority - b.data.priority ||
    (a.data.expiresAt ?? Number.POSITIVE_INFINITY) - (b.data.expiresAt ?? Number.POSITIVE_INFINITY) ||
    TYPE_RANK[a.data.type] - TYPE_RANK[b.data.type] ||
    a.data.effectiveAt - b.data.effectiveAt ||
    byCreation(a, b),
  fifo: (a, b) => a.data.effectiveAt - b.data.effectiveAt || byCreation(a, b),
  lifo: (a, b) => b.data.effectiveAt - a.data.effectiveAt || byCreation(b, a),
};

/** The comparator of a strategy; exported for tests that check the order from the rule. */
export function burnDownCompare(strategy: BurnDownStrategy): Compare {
  return COMPARE[strategy];
}

/** Inserts a newly active grant at its place in the pool's burn-down order. */
export function insertActive(pool: PoolState, grant: GrantState): void {
  const compare = COMPARE[pool.currency.def.burnDown];
  const list = pool.active;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid]!, grant) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, grant);
}

export function removeActive(pool: PoolState, grant: GrantState): void {
  const i = pool.active.indexOf(grant);
  if (i !== -1) pool.active.splice(i, 1);
}

export interface DrawPlan {
  draws: Array<[string, string]>;
  /** Credits the grants could not cover. */
  rest: bigint;
}

/** Plans the draws for `units` credits without changing anything. */
export function planDraws(pool: PoolState, units: bigint): DrawPlan {
  const draws: Array<[string, string]> = [];
  let rest = units;
  for (const grant of pool.active) {
    if (rest === 0n) break;
    if (grant.remaining === 0n) continue;
    const take = grant.remaining < rest ? grant.remaining : rest;
    draws.push([grant.data.id, take.toString()]);
    rest -= take;
  }
  return { draws, rest };
}
