/**
 * Applies one record of the log to the in-memory state. The same function serves live commands
 * and replay on open, which is what makes a reopened engine identical to the one that wrote the log.
 */
import { monthKey } from './calendar';
import { insertActive } from './burndown';
import { parseDecimal, decimalPlaces } from './decimal';
import { audit, emit } from './journal';
import {
  activate,
  addGrant,
  applyDraws,
  closeGrant,
  drawFrom,
  noteResource,
  poolChanged,
  pushRow,
  rollPeriod,
} from './pool-ops';
import type { EngineRecord, IdemTag, RecordOf, UsageRecord } from './store';
import { idemKey, type PoolState, type State } from './state';
import { toReceipt, toRechargeAttempt } from './views';

const NO_DIMENSIONS: Readonly<Record<string, string>> = Object.freeze({});

export function applyRecord(state: State, r: EngineRecord): void {
  switch (r.type) {
    case 'usage':
      return applyUsage(state, r);
    case 'currency.defined': {
      const existing = state.currencies.get(r.currency.id);
      const lowUnits =
        r.currency.lowBalanceThreshold === null
          ? null
          : parseDecimal(r.currency.lowBalanceThreshold, r.currency.precision);
      if (existing) {
        const resort = existing.def.burnDown !== r.currency.burnDown;
        existing.def = r.currency;
        existing.lowUnits = lowUnits;
        if (resort) {
          for (const pools of state.poolsByCustomer.values())
            for (const pool of pools) if (pool.currency === existing) resortPool(pool);
        }
      } else {
        state.currencies.set(r.currency.id, { def: r.currency, scale: 10n ** BigInt(r.currency.precision), lowUnits });
      }
      audit(state, 'currency.defined', null, r.currency.id, r.actor ?? SYSTEM, null, r.at);
      return;
    }
    case 'feature.defined': {
      const rateScale = decimalPlaces(r.feature.rate);
      state.features.set(r.feature.id, {
        def: r.feature,
        currency: state.currency(r.feature.currencyId),
        rateUnits: parseDecimal(r.feature.rate, rateScale),
        rateScale,
      });
      audit(state, 'feature.defined', null, r.feature.id, r.actor ?? SYSTEM, null, r.at);
      return;
    }
    case 'plan.defined':
      state.plans.set(r.plan.id, r.plan);
      audit(state, 'plan.defined', null, r.plan.id, r.actor ?? SYSTEM, null, r.at);
      return;
    case 'customer.created':
      state.customers.set(r.customer.id, { ...r.customer, createdAt: new Date(r.at).toISOString() });
      return;
    case 'resource.created': {
      const res = r.resource;
      noteResource(state, res.customerId, res.id, r.at);
      const existing = state.resources.get(res.customerId)!.get(res.id)!;
      Object.assign(existing, { name: res.name, type: res.type, implicit: false });
      return;
    }
    case 'subscription.provisioned': {
      const s = r.subscription;
      const plan = state.plans.get(s.planId)!;
      const sub = {
        def: { ...s, startedAt: new Date(r.at).toISOString() },
        startedAt: r.at,
        plan,
        periods: plan.allowances.map(() => -1),
      };
      state.subscriptions.set(s.id, sub);
      state.subscriptionByScope.set(`${s.customerId}\u0000${s.resourceId ?? ''}`, sub);
      remember(state, s.customerId, r.idem, s.id);
      audit(state, 'subscription.provisioned', s.customerId, s.id, s.actor, null, r.at);
      return;
    }
    case 'grant.created':
      addGrant(state, r.grant, r, r.at);
      remember(state, r.grant.customerId, r.idem, r.grant.id);
      if (!r.grant.via)
        audit(state, 'grant.created', r.grant.customerId, r.grant.id, r.grant.actor, r.grant.reason ?? null, r.at);
      return;
    case 'grant.activated':
      activate(state, state.grants.get(r.grantId)!, r, r.at);
      return;
    case 'grant.expired': {
      const grant = state.grants.get(r.grantId)!;
      closeGrant(state, grant, 'expired', r, r.at);
      emit(state, 'credits.expired', grant.pool.key, r.at, { amount: r.units });
      return;
    }
    case 'grant.voided': {
      const grant = state.grants.get(r.grantId)!;
      closeGrant(state, grant, 'voided', r, r.at);
      remember(state, grant.data.customerId, r.idem, r.grantId);
      emit(state, 'credits.grant.voided', grant.pool.key, r.at, { amount: r.units });
      audit(state, 'grant.voided', grant.data.customerId, r.grantId, r.actor, r.reason, r.at);
      return;
    }
    case 'adjustment': {
      if (r.grant) {
        addGrant(state, r.grant, r, r.at);
      } else {
        const pool = state.pool(r);
        const total = applyDraws(state, pool, r.draws, r.over, r.at);
        pushRow(pool, 'adjustment', r, null, -total);
        poolChanged(state, pool, r.at);
      }
      remember(state, r.customerId, r.idem, r.id);
      audit(state, 'balance.adjusted', r.customerId, r.id, r.actor, r.reason, r.at);
      return;
    }
    case 'quote.created':
      state.quotes.set(r.quote.id, { ...r.quote, createdAt: r.at });
      return;
    case 'checkout.completed': {
      state.receipts.set(r.receiptId, r);
      state.paidQuotes.set(r.quoteId, r.receiptId);
      let list = state.receiptsByCustomer.get(r.grant.customerId);
      if (!list) state.receiptsByCustomer.set(r.grant.customerId, (list = []));
      list.push(r.receiptId);
      const grant = addGrant(state, r.grant, r, r.at);
      remember(state, r.grant.customerId, r.idem, r.receiptId);
      emit(state, 'checkout.completed', grant.pool.key, r.at, { receipt: toReceipt(state, r.receiptId)! });
      audit(state, 'checkout.completed', r.grant.customerId, r.receiptId, r.actor, null, r.at);
      return;
    }
    case 'checkout.declined':
      state.idem.set(idemKey(r.customerId, r.idem.key), { fp: r.idem.fp, ref: r.quoteId, declined: r.reason });
      audit(state, 'checkout.declined', r.customerId, r.quoteId, r.actor, r.reason, r.at);
      return;
    case 'policy.set': {
      const p = r.policy;
      state.policies.set(`${p.customerId}\u0000${p.currencyId}`, { ...p, updatedAt: r.at });
      for (const pool of state.poolsByCustomer.get(p.customerId) ?? []) {
        if (pool.key.currencyId === p.currencyId) pool.rechargeBlocked = false;
      }
      audit(
        state,
        'auto_recharge.policy_changed',
        p.customerId,
        `${p.customerId}/${p.currencyId}`,
        p.actor,
        null,
        r.at,
      );
      return;
    }
    case 'recharge.started':
    case 'recharge.succeeded':
    case 'recharge.failed':
      return applyRecharge(state, r);
  }
}

const SYSTEM = { type: 'system', id: 'catalogue' } as const;

function applyUsage(state: State, r: UsageRecord): void {
  const pool = state.findPoolOf(r.customerId, r.currencyId, r.resourceId) ?? state.pool(r);
  let total: bigint;
  if (r.grantId === undefined) {
    total = applyDraws(state, pool, r.draws, r.over, r.at);
  } else {
    total = state.usageCreditsOf(r);
    // The grant drawn is nearly always the first in burn-down order: no lookup by id then.
    const first = pool.active[0];
    drawFrom(
      state,
      pool,
      first !== undefined && first.data.id === r.grantId ? first : state.grants.get(r.grantId)!,
      total,
      r.at,
    );
    pool.balance -= total;
  }
  rollPeriod(pool, r.at);
  pool.periodUsed += total;
  (pool.usageKeys ??= state.usageKeysOf(r.customerId)).add(r.key, pool.no, pool.ledger.length);
  pool.ledger.pushUsage(r, pool.balance);
  if (!pool.resourceNoted) {
    noteResource(state, r.customerId, r.resourceId, r.at);
    pool.resourceNoted = true;
  }
  poolChanged(state, pool, r.at);
  state.usage.addTo(
    (pool.usageColumns ??= state.usage.columnsOf(r.customerId, r.currencyId, r.resourceId)),
    r.featureId,
    r.ts ?? r.at,
    total,
    r.dims ?? NO_DIMENSIONS,
  );
}

function applyRecharge(state: State, r: RecordOf<'recharge.started' | 'recharge.succeeded' | 'recharge.failed'>): void {
  const spendKey = (customerId: string, currencyId: string, month: string) =>
    `${customerId}\u0000${currencyId}\u0000${month}`;
  if (r.type === 'recharge.started') {
    const d = r.recharge;
    const pool = state.pool(d);
    const recharge = {
      data: d,
      status: 'in_flight' as const,
      grantId: null,
      reason: null,
      at: r.at,
      month: monthKey(r.at),
    };
    state.recharges.set(d.id, recharge);
    state.lastRecharge.set(`${d.customerId}\u0000${d.currencyId}`, recharge);
    const key = spendKey(d.customerId, d.currencyId, recharge.month);
    state.monthSpend.set(key, (state.monthSpend.get(key) ?? 0n) + BigInt(d.total));
    pool.inFlight += BigInt(d.units);
    pool.rechargeInFlight = d.id;
    pool.lastRechargeAt = r.at;
    return;
  }
  if (r.type === 'recharge.succeeded') {
    const recharge = state.recharges.get(r.rechargeId)!;
    const pool = state.pool(recharge.data);
    pool.inFlight -= BigInt(recharge.data.units);
    pool.rechargeInFlight = null;
    recharge.status = 'succeeded';
    recharge.grantId = r.grant.id;
    addGrant(state, r.grant, r, r.at);
    emit(state, 'credits.auto_recharge.succeeded', pool.key, r.at, { recharge: toRechargeAttempt(state, recharge) });
    return;
  }
  const d = r.recharge;
  const pool = state.pool(d);
  let recharge = r.rechargeId === undefined ? undefined : state.recharges.get(r.rechargeId);
  if (recharge) {
    pool.inFlight -= BigInt(d.units);
    pool.rechargeInFlight = null;
    const key = spendKey(d.customerId, d.currencyId, recharge.month);
    state.monthSpend.set(key, (state.monthSpend.get(key) ?? 0n) - BigInt(d.total));
    recharge.status = 'failed';
    recharge.reason = r.reason;
  } else {
    recharge = { data: d, status: 'failed', grantId: null, reason: r.reason, at: r.at, month: monthKey(r.at) };
    state.recharges.set(d.id, recharge);
  }
  state.lastRecharge.set(`${d.customerId}\u0000${d.currencyId}`, recharge);
  pool.rechargeBlocked = true;
  emit(state, 'credits.auto_recharge.failed', pool.key, r.at, { recharge: toRechargeAttempt(state, recharge) });
}

function remember(state: State, customerId: string, idem: IdemTag | undefined, ref: string): void {
  if (idem) state.idem.set(idemKey(customerId, idem.key), { fp: idem.fp, ref });
}

function resortPool(pool: PoolState): void {
  for (const grant of pool.active.splice(0)) insertActive(pool, grant);
}
