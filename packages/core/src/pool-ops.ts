/**
 * The state changes every balance-moving record shares: creating, activating and closing grants,
 * drawing from them, and the pool's low/depleted edges with their events.
 */
import { insertActive, removeActive } from './burndown';
import { monthStart, nextMonthStart } from './calendar';
import { formatDecimal } from './decimal';
import { emit } from './journal';
import type { EngineRecord, EpochMs, GrantData } from './store';
import type { GrantState, PoolState, State } from './state';
import type { BalanceState, LedgerEntryType } from './types';
import { toGrant } from './views';

/** Registers a grant; activates it now unless its effective date is later. */
export function addGrant(state: State, data: GrantData, record: EngineRecord, at: EpochMs): GrantState {
  const pool = state.pool(data);
  const units = BigInt(data.units);
  const grant: GrantState = {
    data,
    pool,
    units,
    remaining: units,
    status: 'scheduled',
    createdAt: at,
    closedAt: null,
    seq: state.grantSeq++,
    lowFired: false,
    lowAt: (units * state.grantLowPercent) / 100n,
    activatedRow: null,
  };
  pool.grants.push(grant);
  state.grants.set(data.id, grant);
  noteResource(state, data.customerId, data.resourceId, at);
  if (data.expiresAt !== null) state.timers.push({ kind: 'expire', at: data.expiresAt, grantId: data.id });
  if (data.sub && data.sub[3] === 0 && data.expiresAt !== null) {
    const [subscriptionId, allowance, period] = data.sub;
    state.timers.push({ kind: 'renew', at: data.expiresAt, subscriptionId, allowance, period: period + 1 });
    const sub = state.subscriptions.get(subscriptionId);
    if (sub && (sub.periods[allowance] ?? -1) < period) sub.periods[allowance] = period;
  }
  if (data.effectiveAt > at) {
    pool.scheduled += units;
    state.timers.push({ kind: 'activate', at: data.effectiveAt, grantId: data.id });
  } else {
    activate(state, grant, record, at);
  }
  return grant;
}

export function activate(state: State, grant: GrantState, record: EngineRecord, at: EpochMs): void {
  const pool = grant.pool;
  if (grant.status === 'scheduled' && grant.data.effectiveAt > grant.createdAt) pool.scheduled -= grant.units;
  grant.status = 'active';
  insertActive(pool, grant);
  const d = grant.data;
  if (d.sub && pool.key.resourceId === d.resourceId) {
    // A subscription's period grant starts a new period for utilization.
    if (pool.subscriptionId !== d.sub[0] || d.effectiveAt > pool.periodStart) {
      pool.subscriptionId = d.sub[0];
      pool.periodStart = d.effectiveAt;
      pool.periodEnd = d.expiresAt ?? pool.periodEnd;
      pool.periodUsed = 0n;
      pool.periodGranted = 0n;
    }
  } else {
    rollPeriod(pool, at);
  }
  pool.periodGranted += grant.units;
  pool.balance += grant.units;
  const kind: LedgerEntryType =
    d.via === 'adjustment' ? 'adjustment' : d.type === 'auto_recharge' ? 'auto_recharge' : 'grant';
  grant.activatedRow = pool.ledger.length;
  pushRow(pool, kind, record, grant, grant.units);
  emit(state, 'credits.granted', pool.key, at, { grant: toGrant(grant) });
  poolChanged(state, pool, at);
}

/** Writes a grant's remainder off (expiry or void). */
export function closeGrant(
  state: State,
  grant: GrantState,
  status: 'expired' | 'voided',
  record: EngineRecord,
  at: EpochMs,
): void {
  const pool = grant.pool;
  const wasActive = grant.status === 'active';
  if (grant.status === 'scheduled') pool.scheduled -= grant.units;
  const units = wasActive ? grant.remaining : 0n;
  grant.status = status;
  grant.closedAt = at;
  grant.remaining = 0n;
  if (!wasActive) return;
  removeActive(pool, grant);
  pool.balance -= units;
  pushRow(pool, status === 'expired' ? 'expiration' : 'void', record, grant, -units);
  poolChanged(state, pool, at);
}

/** Applies planned draws (and overage) to a pool; returns the total taken. */
export function applyDraws(
  state: State,
  pool: PoolState,
  draws: ReadonlyArray<[string, string]> | undefined,
  over: string | undefined,
  at: EpochMs,
): bigint {
  let total = 0n;
  if (draws) {
    for (const [grantId, unitsText] of draws) {
      const units = BigInt(unitsText);
      drawFrom(state, pool, state.grants.get(grantId)!, units, at);
      total += units;
    }
  }
  if (over !== undefined) {
    const units = BigInt(over);
    pool.overage += units;
    total += units;
  }
  pool.balance -= total;
  return total;
}

/** Takes `units` from one grant of the pool (the caller moves the pool's balance). */
export function drawFrom(state: State, pool: PoolState, grant: GrantState, units: bigint, at: EpochMs): void {
  grant.remaining -= units;
  if (grant.remaining === 0n) {
    grant.status = 'depleted';
    grant.closedAt = at;
    removeActive(pool, grant);
    emit(state, 'credits.grant.depleted', pool.key, at, { grant: toGrant(grant) });
  } else if (!grant.lowFired && grant.remaining <= grant.lowAt) {
    grant.lowFired = true;
    emit(state, 'credits.grant.usage_low', pool.key, at, { grant: toGrant(grant) });
  }
}

export function pushRow(
  pool: PoolState,
  kind: LedgerEntryType,
  record: EngineRecord,
  grant: GrantState | null,
  amount: bigint,
): void {
  pool.ledger.push({ kind, record, grant, amount, balanceAfter: pool.balance });
}

/** Without a subscription a pool's period is the UTC calendar month. */
export function rollPeriod(pool: PoolState, at: EpochMs): void {
  if (pool.subscriptionId === null && at >= pool.periodEnd) {
    pool.periodStart = monthStart(at);
    pool.periodEnd = nextMonthStart(at);
    pool.periodUsed = 0n;
    pool.periodGranted = 0n;
  }
}

export function balanceState(pool: PoolState): BalanceState {
  if (pool.balance <= 0n) return 'depleted';
  const low = pool.currency.lowUnits;
  return low !== null && pool.balance < low ? 'low' : 'ok';
}

/** Emits the pool's low/depleted edges and lifts a recharge block once the balance recovered. */
export function poolChanged(state: State, pool: PoolState, at: EpochMs): void {
  const next = balanceState(pool);
  const prev = pool.state;
  if (next !== prev) {
    pool.state = next;
    if (next === 'depleted') {
      emit(state, 'credits.balance.depleted', pool.key, at, { balance: fmt(pool, pool.balance) });
    } else if (next === 'low' && prev === 'ok') {
      emit(state, 'credits.balance.usage_low', pool.key, at, {
        balance: fmt(pool, pool.balance),
        threshold: pool.currency.def.lowBalanceThreshold,
      });
    }
  }
  if (pool.rechargeBlocked) {
    const policy = state.policies.get(`${pool.key.customerId}\u0000${pool.key.currencyId}`);
    if (!policy || pool.balance >= BigInt(policy.threshold)) pool.rechargeBlocked = false;
  }
}

function fmt(pool: PoolState, units: bigint): string {
  return formatDecimal(units, pool.currency.def.precision);
}

/** Resources used only through a pool still show up in `listResources`. */
export function noteResource(state: State, customerId: string, resourceId: string | null, at: EpochMs): void {
  if (resourceId === null) return;
  let resources = state.resources.get(customerId);
  if (!resources) state.resources.set(customerId, (resources = new Map()));
  if (!resources.has(resourceId)) {
    resources.set(resourceId, {
      customerId,
      id: resourceId,
      name: resourceId,
      type: null,
      implicit: true,
      createdAt: new Date(at).toISOString(),
    });
  }
}
