/** Turns internal state into the public read shapes (decimal strings, ISO times). */
import { formatDecimal } from './decimal';
import type { EngineRecord, UsageRecord } from './store';
import type { GrantState, LedgerRow, RechargeState, State } from './state';
import type { Actor, Grant, LedgerEntry, PoolKey } from './types';
import type { AutoRechargePolicy, Quote, RechargeAttempt, Receipt } from './types-ops';

let lastMs = Number.NaN;
let lastIso = '';
/** ISO time of `ms`; remembers the last one, since a batch of events shares one instant. */
export function iso(ms: number): string {
  if (ms !== lastMs) {
    lastIso = new Date(ms).toISOString();
    lastMs = ms;
  }
  return lastIso;
}

export const SYSTEM_CLOCK: Actor = { type: 'system', id: 'clock' };
export const SYSTEM_USAGE: Actor = { type: 'system', id: 'usage' };
export const SYSTEM_RECHARGE: Actor = { type: 'system', id: 'auto-recharge' };

export function toGrant(g: GrantState): Grant {
  const d = g.data;
  const p = g.pool.currency.def.precision;
  return {
    id: d.id,
    customerId: d.customerId,
    currencyId: d.currencyId,
    resourceId: d.resourceId,
    type: d.type,
    amount: formatDecimal(g.units, p),
    remaining: formatDecimal(g.remaining, p),
    status: g.status,
    priority: d.priority,
    effectiveAt: iso(d.effectiveAt),
    expiresAt: d.expiresAt === null ? null : iso(d.expiresAt),
    costBasis: d.costBasis ?? null,
    source: d.source ?? null,
    reason: d.reason ?? null,
    actor: d.actor,
    subscriptionId: d.sub?.[0] ?? null,
    createdAt: iso(g.createdAt),
    closedAt: g.closedAt === null ? null : iso(g.closedAt),
  };
}

type RowBase = ReturnType<typeof rowBase>;

/**
 * A ledger entry from its parts, amounts already written out. A plain function, not a closure or
 * an object per row: this runs once per consumption.
 */
function ledgerEntry(
  key: PoolKey,
  id: string,
  type: LedgerRow['kind'],
  amount: string,
  balanceAfter: string,
  grantId: string | null,
  usageEventId: string | null,
  featureId: string | null,
  dimensions: Readonly<Record<string, string>> | null,
  overage: boolean,
  actor: Actor,
  reason: string | null,
  at: number,
): LedgerEntry {
  return {
    id,
    customerId: key.customerId,
    currencyId: key.currencyId,
    resourceId: key.resourceId,
    type,
    amount,
    balanceAfter,
    grantId,
    usageEventId,
    featureId,
    dimensions,
    overage,
    actor,
    reason,
    at: iso(at),
  };
}

/** One entry of a row. */
function entryOf(
  row: LedgerRow,
  base: RowBase,
  key: PoolKey,
  precision: number,
  id: string,
  grantId: string | null,
  amount: bigint,
  after: bigint,
  overage: boolean,
): LedgerEntry {
  const amountText = formatDecimal(amount, precision);
  const afterText = formatDecimal(after, precision);
  const { usageEventId, featureId, dimensions } = base;
  return ledgerEntry(
    key,
    id,
    row.kind,
    amountText,
    afterText,
    grantId,
    usageEventId,
    featureId,
    dimensions,
    overage,
    base.actor,
    base.reason,
    row.record.at,
  );
}

/**
 * The one entry of a consumption that one grant covered (`r.grantId` set), from its amount and
 * balance after written out: what the usage result and the ledger both show, made without the
 * row or its base (this runs once per consumption).
 */
export function oneGrantEntry(key: PoolKey, r: UsageRecord, amount: string, balanceAfter: string): LedgerEntry {
  const dimensions = r.dims ?? {};
  const actor = r.actor ?? SYSTEM_USAGE;
  return ledgerEntry(
    key,
    r.id,
    'consumption',
    amount,
    balanceAfter,
    r.grantId!,
    r.id,
    r.featureId,
    dimensions,
    false,
    actor,
    null,
    r.at,
  );
}

/** The ledger entries of one row, in order (a consumption spans one entry per grant drawn). */
export function rowEntries(row: LedgerRow, key: PoolKey, precision: number): LedgerEntry[] {
  const r = row.record;
  if (r.type === 'usage' && r.grantId !== undefined) {
    // One grant drew everything: one entry carrying the row's amount and balance.
    return [oneGrantEntry(key, r, formatDecimal(row.amount, precision), formatDecimal(row.balanceAfter, precision))];
  }
  const base = rowBase(row);
  const draws = r.type === 'usage' || (r.type === 'adjustment' && r.grant === undefined) ? r : null;
  if (!draws) {
    return [
      entryOf(row, base, key, precision, base.id, row.grant?.data.id ?? null, row.amount, row.balanceAfter, false),
    ];
  }
  // One entry per grant drawn (+ one for overage); balances walk back from the row's final one.
  // With more than one, the `i`-th is `<row id>.<i>`.
  const list = draws.draws ?? [];
  const count = list.length + (draws.over === undefined ? 0 : 1);
  const idOf = (i: number) => (count === 1 ? base.id : `${base.id}.${i}`);
  const entries = new Array<LedgerEntry>(count);
  let after = row.balanceAfter;
  let i = count - 1;
  if (draws.over !== undefined) {
    const over = BigInt(draws.over);
    entries[i] = entryOf(row, base, key, precision, idOf(i), null, -over, after, true);
    after += over;
    i--;
  }
  for (; i >= 0; i--) {
    const [grantId, units] = list[i]!;
    const amount = BigInt(units);
    entries[i] = entryOf(row, base, key, precision, idOf(i), grantId, -amount, after, false);
    after += amount;
  }
  return entries;
}

function rowBase(row: LedgerRow): {
  id: string;
  usageEventId: string | null;
  featureId: string | null;
  dimensions: Readonly<Record<string, string>> | null;
  actor: Actor;
  reason: string | null;
} {
  const r: EngineRecord = row.record;
  const g = row.grant;
  const none = { usageEventId: null, featureId: null, dimensions: null };
  switch (r.type) {
    case 'usage':
      return {
        id: r.id,
        usageEventId: r.id,
        featureId: r.featureId,
        dimensions: r.dims ?? {},
        actor: r.actor ?? SYSTEM_USAGE,
        reason: null,
      };
    case 'adjustment':
      return { id: r.id, ...none, actor: r.actor, reason: r.reason };
    case 'grant.expired':
      return { id: `${r.grantId}.expired`, ...none, actor: SYSTEM_CLOCK, reason: 'Expired' };
    case 'grant.voided':
      return { id: `${r.grantId}.voided`, ...none, actor: r.actor, reason: r.reason };
    default:
      return {
        id: `${g?.data.id ?? 'grant'}.granted`,
        ...none,
        actor: g?.data.actor ?? SYSTEM_CLOCK,
        reason: g?.data.reason ?? null,
      };
  }
}

export function toQuote(state: State, id: string, balanceAfter: bigint): Quote | undefined {
  const q = state.quotes.get(id);
  if (!q) return undefined;
  const currency = state.currency(q.currencyId);
  const checkout = currency.def.checkout;
  const minor = checkout?.minorUnits ?? 2;
  return {
    id: q.id,
    customerId: q.customerId,
    currencyId: q.currencyId,
    resourceId: q.resourceId,
    packId: q.packId,
    credits: formatDecimal(BigInt(q.units), currency.def.precision),
    unitPrice: checkout?.pricePerCredit ?? '0',
    subtotal: formatDecimal(BigInt(q.subtotal), minor),
    tax: formatDecimal(BigInt(q.tax), minor),
    total: formatDecimal(BigInt(q.total), minor),
    billingCurrency: checkout?.billingCurrency ?? '',
    balanceAfter: formatDecimal(balanceAfter, currency.def.precision),
    createdAt: iso(q.createdAt),
    expiresAt: iso(q.expiresAt),
  };
}

export function toReceipt(state: State, receiptId: string): Receipt | undefined {
  const r = state.receipts.get(receiptId);
  const q = r && state.quotes.get(r.quoteId);
  const grant = r && state.grants.get(r.grant.id);
  if (!r || !q || !grant) return undefined;
  const quote = toQuote(state, q.id, grantRowBalance(grant) ?? 0n)!;
  return {
    id: r.receiptId,
    quoteId: q.id,
    customerId: q.customerId,
    currencyId: q.currencyId,
    resourceId: q.resourceId,
    credits: quote.credits,
    unitPrice: quote.unitPrice,
    subtotal: quote.subtotal,
    tax: quote.tax,
    total: quote.total,
    billingCurrency: quote.billingCurrency,
    grantId: grant.data.id,
    paymentId: r.paymentId,
    card: r.card,
    balanceAfter: quote.balanceAfter,
    actor: r.actor,
    createdAt: iso(r.at),
  };
}

/** Balance after the row that granted `grant` (a `grant` row: not an adjustment or a recharge). */
function grantRowBalance(grant: GrantState): bigint | undefined {
  const i = grant.activatedRow;
  return i !== null && grant.pool.ledger.kindAt(i) === 'grant' ? grant.pool.ledger.balanceAfter(i) : undefined;
}

export function toRechargeAttempt(state: State, r: RechargeState): RechargeAttempt {
  const currency = state.currency(r.data.currencyId);
  const minor = currency.def.checkout?.minorUnits ?? 2;
  return {
    id: r.data.id,
    customerId: r.data.customerId,
    currencyId: r.data.currencyId,
    resourceId: r.data.resourceId,
    status: r.status,
    credits: formatDecimal(BigInt(r.data.units), currency.def.precision),
    total: formatDecimal(BigInt(r.data.total), minor),
    billingCurrency: currency.def.checkout?.billingCurrency ?? '',
    grantId: r.grantId,
    reason: r.reason,
    at: iso(r.at),
  };
}

export function toPolicy(state: State, customerId: string, currencyId: string): AutoRechargePolicy | null {
  const p = state.policies.get(`${customerId}\u0000${currencyId}`);
  if (!p) return null;
  const currency = state.currency(currencyId);
  const minor = currency.def.checkout?.minorUnits ?? 2;
  return {
    customerId,
    currencyId,
    enabled: p.enabled,
    threshold: formatDecimal(BigInt(p.threshold), currency.def.precision),
    target: formatDecimal(BigInt(p.target), currency.def.precision),
    monthlySpendLimit: p.limit === null ? null : formatDecimal(BigInt(p.limit), minor),
    minIntervalSeconds: p.minIntervalSeconds,
    updatedAt: iso(p.updatedAt),
    actor: p.actor,
  };
}
