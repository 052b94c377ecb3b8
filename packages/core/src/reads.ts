/** Read models for the widgets: balances, utilization, forecast, ledger. */
import { DAY, monthStart, nextMonthStart } from './calendar';
import { divRound, formatDecimal } from './decimal';
import { CreditError } from './errors';
import { cursorIndex } from './grants';
import { balanceState } from './pool-ops';
import type { PoolState, State } from './state';
import type {
  BalanceSummary,
  Cadence,
  Forecast,
  LedgerEntry,
  LedgerEntryType,
  Page,
  PoolBalance,
  PoolKey,
  Utilization,
} from './types';
import type { ListLedgerInput } from './types-ops';
import * as v from './validate';
import { iso, rowEntries } from './views';

function poolKeyOf(state: State, key: PoolKey): PoolKey {
  return {
    customerId: v.text(key.customerId, 'customerId'),
    currencyId: state.currency(key.currencyId).def.id,
    resourceId: v.optionalId(key.resourceId, 'resourceId'),
  };
}

export function balance(state: State, now: number, key: PoolKey): PoolBalance {
  const k = poolKeyOf(state, key);
  const currency = state.currency(k.currencyId);
  const pool = state.findPool(k);
  const p = currency.def.precision;
  const { id, displayName, unitSingular, unitPlural, symbol, precision } = currency.def;
  const units = pool?.balance ?? 0n;
  return {
    currency: { id, displayName, unitSingular, unitPlural, ...(symbol === undefined ? {} : { symbol }), precision },
    ...k,
    balance: formatDecimal(units, p),
    precision: p,
    state: pool ? balanceState(pool) : 'depleted',
    lowBalanceThreshold: currency.def.lowBalanceThreshold,
    overage: formatDecimal(pool?.overage ?? 0n, p),
    scheduled: formatDecimal(pool?.scheduled ?? 0n, p),
    rechargeInFlight: formatDecimal(pool?.inFlight ?? 0n, p),
    enforcement: currency.def.enforcement,
    asOf: iso(now),
  };
}

export function balances(state: State, now: number, customerId: string, currencyId?: string): BalanceSummary {
  state.customer(customerId);
  if (currencyId !== undefined) state.currency(currencyId);
  const pools = (state.poolsByCustomer.get(customerId) ?? []).filter(
    (p) => currencyId === undefined || p.key.currencyId === currencyId,
  );
  const totals = new Map<string, bigint>();
  for (const pool of pools) totals.set(pool.key.currencyId, (totals.get(pool.key.currencyId) ?? 0n) + pool.balance);
  return {
    customerId,
    pools: pools.map((pool) => balance(state, now, pool.key)),
    totals: [...totals].map(([id, units]) => ({
      currencyId: id,
      balance: formatDecimal(units, state.currency(id).def.precision),
    })),
  };
}

export function utilization(state: State, now: number, key: PoolKey): Utilization {
  const k = poolKeyOf(state, key);
  const pool = state.findPool(k);
  const p = state.currency(k.currencyId).def.precision;
  let start = monthStart(now);
  let end = nextMonthStart(now);
  let cadence: Cadence = 'month';
  let used = 0n;
  let granted = 0n;
  if (pool && (pool.subscriptionId !== null || now < pool.periodEnd)) {
    // The pool's period is current: its counters apply.
    start = pool.periodStart;
    end = pool.periodEnd;
    used = pool.periodUsed;
    granted = pool.periodGranted;
    if (pool.subscriptionId !== null) cadence = subscriptionCadence(state, pool);
  }
  const remaining = pool?.balance ?? 0n;
  return {
    ...k,
    periodStart: iso(start),
    periodEnd: iso(end),
    cadence,
    granted: formatDecimal(granted, p),
    used: formatDecimal(used, p),
    remaining: formatDecimal(remaining, p),
    total: formatDecimal(used + (remaining > 0n ? remaining : 0n), p),
  };
}

function subscriptionCadence(state: State, pool: PoolState): Cadence {
  const sub = state.subscriptions.get(pool.subscriptionId!);
  return sub?.plan.allowances.find((a) => a.currencyId === pool.key.currencyId)?.cadence ?? 'month';
}

export function forecast(state: State, now: number, key: PoolKey, windowDays = 7): Forecast {
  const k = poolKeyOf(state, key);
  const days = v.integer(windowDays, 'windowDays', 1, 365);
  const pool = state.findPool(k);
  const p = state.currency(k.currencyId).def.precision;
  // Usage is counted by the events' own time, over the window ending now.
  const used = pool ? state.usage.totalBetween(k, now - days * DAY, now + 1) : 0n;
  const rate = divRound(used, BigInt(days), 'half-up');
  const bal = pool?.balance ?? 0n;
  let runOutAt: string | null = null;
  if (bal <= 0n) runOutAt = used > 0n ? iso(now) : null;
  else if (used > 0n) runOutAt = iso(now + Number((bal * BigInt(days * DAY)) / used));
  return {
    ...k,
    windowDays: days,
    burnRatePerDay: formatDecimal(rate, p),
    balance: formatDecimal(bal, p),
    runOutAt,
    asOf: iso(now),
  };
}

const LEDGER_TYPES = ['grant', 'consumption', 'expiration', 'void', 'adjustment', 'auto_recharge'] as const;

/** Newest first. The cursor is the position of the next row to read. */
export function listLedger(state: State, input: ListLedgerInput): Page<LedgerEntry> {
  const k = poolKeyOf(state, input);
  const pool = state.findPool(k);
  const limit = input.limit === undefined ? 50 : v.integer(input.limit, 'limit', 1, 1000);
  const types = input.types
    ? new Set<LedgerEntryType>(input.types.map((t) => v.oneOf(t, LEDGER_TYPES, 'types')))
    : null;
  const from = input.from === undefined ? -Infinity : v.time(input.from, 'from');
  const to = input.to === undefined ? Infinity : v.time(input.to, 'to');
  if (!pool) return { items: [], nextCursor: null };
  const rows = pool.ledger;
  let i = input.cursor ? cursorIndex(input.cursor, rows.length) : rows.length;
  const items: LedgerEntry[] = [];
  const p = pool.currency.def.precision;
  while (i > 0 && items.length < limit) {
    const at = rows.recordAt(--i).at;
    if (at >= to || (types && !types.has(rows.kindAt(i)))) continue;
    if (at < from) {
      i = 0;
      break;
    }
    const entries = rowEntries(rows.row(i), pool.key, p);
    for (let j = entries.length - 1; j >= 0; j--) items.push(entries[j]!);
  }
  return { items, nextCursor: i > 0 ? String(i) : null };
}

/** The ledger as CSV (RFC 4180), newest first, for export. */
export function ledgerCsv(state: State, input: Omit<ListLedgerInput, 'cursor' | 'limit'>): string {
  const header = [
    'at',
    'type',
    'amount',
    'balanceAfter',
    'grantId',
    'usageEventId',
    'featureId',
    'dimensions',
    'overage',
    'actor',
    'reason',
    'id',
  ];
  const lines = [header.join(',')];
  let cursor: string | null = null;
  do {
    const page: Page<LedgerEntry> = listLedger(state, { ...input, cursor, limit: 1000 });
    for (const e of page.items) {
      const dims = e.dimensions && Object.keys(e.dimensions).length > 0 ? JSON.stringify(e.dimensions) : '';
      lines.push(
        [
          e.at,
          e.type,
          e.amount,
          e.balanceAfter,
          e.grantId ?? '',
          e.usageEventId ?? '',
          e.featureId ?? '',
          dims,
          String(e.overage),
          `${e.actor.type}:${e.actor.id}`,
          e.reason ?? '',
          e.id,
        ]
          .map(csvCell)
          .join(','),
      );
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet; amounts keep their sign.
  const guarded = /^[=+@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function requirePositiveLimit(limit: number | undefined, fallback: number, max: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new CreditError('invalid_request', `limit must be a whole number from 1 to ${max}.`, { field: 'limit' });
  }
  return limit;
}
