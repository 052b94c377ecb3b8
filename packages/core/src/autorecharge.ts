/**
 * Auto-recharge: one policy per customer × currency; each pool recharges on its own. A recharge
 * is recorded as started (and counted toward the balance for triggering) in the same step as the
 * consumption that triggered it, then paid in the background, so a burst triggers one recharge.
 * A failure blocks further attempts on that pool until its balance recovers or the policy changes.
 * Saving an enabled policy evaluates every pool of the customer × currency at once, so a pool
 * already below the new threshold is recharged now rather than on its next consumption.
 */
import { monthKey } from './calendar';
import { priceOf } from './checkout';
import type { Ctx } from './context';
import { formatDecimal } from './decimal';
import { CreditError } from './errors';
import type { PaymentResult } from './payment';
import type { PoolState, State } from './state';
import type { RechargeData } from './store';
import type { AutoRechargePolicy, AutoRechargeStatus, SetAutoRechargePolicyInput } from './types-ops';
import * as v from './validate';
import { toPolicy, toRechargeAttempt } from './views';

const policyKey = (customerId: string, currencyId: string) => `${customerId}\u0000${currencyId}`;

export function setPolicy(ctx: Ctx, input: SetAutoRechargePolicyInput): AutoRechargePolicy {
  const { state } = ctx;
  state.customer(input.customerId);
  const currency = state.currency(input.currencyId);
  const p = currency.def.precision;
  const threshold = v.amount(input.threshold, p, 'threshold', true);
  const target = v.amount(input.target, p, 'target');
  if (target <= threshold) {
    throw new CreditError(
      'invalid_request',
      'target must be greater than threshold: a recharge buys up to the target.',
      { field: 'target' },
    );
  }
  if (typeof input.enabled !== 'boolean')
    throw new CreditError('invalid_request', 'enabled must be true or false.', { field: 'enabled' });
  const checkout = currency.def.checkout;
  if (input.enabled && !checkout) {
    throw new CreditError(
      'invalid_request',
      `Credits of "${currency.def.id}" are not for sale, so they cannot be recharged automatically.`,
      { field: 'enabled' },
    );
  }
  const limit =
    input.monthlySpendLimit == null
      ? null
      : v.amount(input.monthlySpendLimit, checkout?.minorUnits ?? 2, 'monthlySpendLimit');
  ctx.write({
    type: 'policy.set',
    at: ctx.now,
    policy: {
      customerId: input.customerId,
      currencyId: currency.def.id,
      enabled: input.enabled,
      threshold: threshold.toString(),
      target: target.toString(),
      limit: limit === null ? null : limit.toString(),
      minIntervalSeconds:
        input.minIntervalSeconds === undefined
          ? 0
          : v.integer(input.minIntervalSeconds, 'minIntervalSeconds', 0, 31_536_000),
      actor: v.actor(input.actor),
    },
  });
  // In the same atomic step as the save: the same rules as after a consumption (spend limit,
  // frequency cap, a recharge in flight counts), each pool at most once.
  if (input.enabled) {
    for (const pool of state.poolsByCustomer.get(input.customerId) ?? []) {
      if (pool.key.currencyId === currency.def.id) maybeRecharge(ctx, pool);
    }
  }
  return toPolicy(state, input.customerId, currency.def.id)!;
}

/** After a consumption or a policy save: start a recharge of the pool if the policy says so. */
export function maybeRecharge(ctx: Ctx, pool: PoolState): void {
  const { state } = ctx;
  if (state.policies.size === 0 || pool.rechargeInFlight !== null || pool.rechargeBlocked) return;
  const policy = state.policies.get(policyKey(pool.key.customerId, pool.key.currencyId));
  if (!policy?.enabled || pool.balance + pool.inFlight >= BigInt(policy.threshold)) return;
  if (pool.lastRechargeAt !== null && ctx.now - pool.lastRechargeAt < policy.minIntervalSeconds * 1000) return;
  const checkout = pool.currency.def.checkout;
  const units = BigInt(policy.target) - pool.balance;
  const total = checkout ? priceOf(checkout, units, pool.currency.def.precision).total : 0n;
  const recharge: RechargeData = {
    id: ctx.newId('rch'),
    ...pool.key,
    units: units.toString(),
    total: total.toString(),
  };
  const spent = state.monthSpend.get(`${policy.customerId}\u0000${policy.currencyId}\u0000${monthKey(ctx.now)}`) ?? 0n;
  if (!checkout) {
    ctx.write({ type: 'recharge.failed', at: ctx.now, recharge, reason: 'not_for_sale' });
  } else if (policy.limit !== null && spent + total > BigInt(policy.limit)) {
    ctx.write({ type: 'recharge.failed', at: ctx.now, recharge, reason: 'monthly_limit_reached' });
  } else {
    ctx.write({ type: 'recharge.started', at: ctx.now, recharge });
    ctx.startedRecharge(recharge.id);
  }
}

/** The charge a started recharge needs. */
export function rechargeCharge(state: State, id: string) {
  const recharge = state.recharges.get(id)!;
  const checkout = state.currency(recharge.data.currencyId).def.checkout!;
  return {
    idempotencyKey: `recharge:${id}`,
    customerId: recharge.data.customerId,
    amount: formatDecimal(BigInt(recharge.data.total), checkout.minorUnits),
    currency: checkout.billingCurrency,
    description: `Auto-recharge of ${recharge.data.currencyId}`,
    method: { type: 'saved' as const },
  };
}

export function finishRecharge(
  ctx: Ctx,
  id: string,
  payment: PaymentResult | { status: 'error'; message: string },
): void {
  const recharge = ctx.state.recharges.get(id);
  if (recharge?.status !== 'in_flight') return;
  if (payment.status !== 'succeeded') {
    const reason = payment.status === 'declined' ? payment.reason : 'payment_error';
    ctx.write({ type: 'recharge.failed', at: ctx.now, rechargeId: id, recharge: recharge.data, reason });
    return;
  }
  const checkout = ctx.state.currency(recharge.data.currencyId).def.checkout!;
  const d = recharge.data;
  ctx.write({
    type: 'recharge.succeeded',
    at: ctx.now,
    rechargeId: id,
    paymentId: payment.paymentId,
    grant: {
      id: ctx.newId('grant'),
      customerId: d.customerId,
      currencyId: d.currencyId,
      resourceId: d.resourceId,
      type: 'auto_recharge',
      units: d.units,
      priority: 100,
      effectiveAt: ctx.now,
      expiresAt: null,
      costBasis: { amount: formatDecimal(BigInt(d.total), checkout.minorUnits), currency: checkout.billingCurrency },
      source: `auto-recharge:${id}`,
      reason: 'Auto-recharge',
      actor: { type: 'system', id: 'auto-recharge' },
      via: 'recharge',
    },
  });
}

export function rechargeStatus(state: State, now: number, customerId: string, currencyId: string): AutoRechargeStatus {
  state.customer(customerId);
  const currency = state.currency(currencyId);
  const checkout = currency.def.checkout;
  const minor = checkout?.minorUnits ?? 2;
  const policy = toPolicy(state, customerId, currency.def.id);
  const spent = state.monthSpend.get(`${customerId}\u0000${currency.def.id}\u0000${monthKey(now)}`) ?? 0n;
  const last = state.lastRecharge.get(policyKey(customerId, currency.def.id));
  return {
    policy,
    monthSpend: formatDecimal(spent, minor),
    monthlySpendLimit: policy?.monthlySpendLimit ?? null,
    billingCurrency: checkout?.billingCurrency ?? null,
    lastRecharge: last ? toRechargeAttempt(state, last) : null,
  };
}
