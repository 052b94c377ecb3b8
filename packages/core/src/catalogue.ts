/** Catalogue commands: currencies, features, plans, customers, resources, subscriptions. */
import { addCadence } from './calendar';
import { seenBefore, type Ctx } from './context';
import { decimalPlaces, parseDecimal } from './decimal';
import { CreditError } from './errors';
import type { GrantData } from './store';
import type {
  CheckoutConfig,
  Currency,
  CurrencyInput,
  Feature,
  FeatureInput,
  Plan,
  Resource,
  Subscription,
} from './types';
import type { CreateCustomerInput, CreateResourceInput, ProvisionSubscriptionInput } from './types-ops';
import * as v from './validate';

export function defineCurrency(ctx: Ctx, input: CurrencyInput): Currency {
  const precision = v.integer(input.precision, 'precision', 0, 9);
  const existing = ctx.state.currencies.get(input.id);
  if (existing && existing.def.precision !== precision) {
    throw new CreditError(
      'conflict',
      `Currency "${input.id}" already keeps ${existing.def.precision} decimals; precision cannot change once credits exist. Define a new currency instead.`,
      { field: 'precision' },
    );
  }
  const threshold = input.lowBalanceThreshold ?? null;
  if (threshold !== null) v.amount(threshold, precision, 'lowBalanceThreshold', true);
  const currency: Currency = {
    id: v.id(input.id, 'id'),
    displayName: v.text(input.displayName, 'displayName'),
    unitSingular: v.text(input.unitSingular, 'unitSingular'),
    unitPlural: v.text(input.unitPlural, 'unitPlural'),
    ...(input.symbol === undefined ? {} : { symbol: v.text(input.symbol, 'symbol', 8) }),
    precision,
    enforcement: v.oneOf(input.enforcement, ['hard', 'soft'] as const, 'enforcement'),
    burnDown: v.oneOf(input.burnDown ?? 'default', ['default', 'fifo', 'lifo'], 'burnDown'),
    lowBalanceThreshold: threshold,
    checkout: input.checkout ? checkoutConfig(input.checkout, precision) : null,
  };
  ctx.write({ type: 'currency.defined', at: ctx.now, currency });
  return currency;
}

function checkoutConfig(c: CheckoutConfig, precision: number): CheckoutConfig {
  const minorUnits = v.integer(c.minorUnits, 'checkout.minorUnits', 0, 4);
  v.amount(c.pricePerCredit, 12, 'checkout.pricePerCredit');
  v.amount(c.taxRate, 6, 'checkout.taxRate', true);
  const min = v.amount(c.customMin, precision, 'checkout.customMin');
  const max = v.amount(c.customMax, precision, 'checkout.customMax');
  if (max < min) throw new CreditError('invalid_request', 'checkout.customMax must be at least checkout.customMin.');
  const packs = (Array.isArray(c.packs) ? c.packs : []).map((p, i) => {
    v.amount(p.credits, precision, `checkout.packs[${i}].credits`);
    return {
      id: v.id(p.id, `checkout.packs[${i}].id`),
      credits: p.credits,
      ...(p.label === undefined ? {} : { label: v.text(p.label, `checkout.packs[${i}].label`) }),
    };
  });
  return {
    billingCurrency: v.text(c.billingCurrency, 'checkout.billingCurrency', 3).toUpperCase(),
    minorUnits,
    pricePerCredit: c.pricePerCredit,
    taxRate: c.taxRate,
    packs,
    customMin: c.customMin,
    customMax: c.customMax,
    quoteTtlSeconds: v.integer(c.quoteTtlSeconds, 'checkout.quoteTtlSeconds', 1, 86_400),
  };
}

export function defineFeature(ctx: Ctx, input: FeatureInput): Feature {
  const currency = ctx.state.currency(input.currencyId);
  v.amount(input.rate, Math.max(decimalPlaces(String(input.rate)), 0), 'rate', true);
  const feature: Feature = {
    id: v.id(input.id, 'id'),
    currencyId: currency.def.id,
    displayName: v.text(input.displayName, 'displayName'),
    unit: v.optionalText(input.unit, 'unit', 64),
    rate: input.rate,
    enforcement:
      input.enforcement == null ? null : v.oneOf(input.enforcement, ['hard', 'soft'] as const, 'enforcement'),
  };
  ctx.write({ type: 'feature.defined', at: ctx.now, feature });
  return feature;
}

export function definePlan(ctx: Ctx, input: Plan): Plan {
  const allowances = (Array.isArray(input.allowances) ? input.allowances : []).map((a, i) => {
    const currency = ctx.state.currency(a.currencyId);
    const field = `allowances[${i}]`;
    v.amount(a.amount, currency.def.precision, `${field}.amount`);
    const mode = v.oneOf(a.rollover?.mode, ['none', 'all', 'capped'], `${field}.rollover.mode`);
    if (mode === 'capped') v.amount(a.rollover.cap, currency.def.precision, `${field}.rollover.cap`, true);
    return {
      currencyId: a.currencyId,
      amount: a.amount,
      cadence: v.oneOf(a.cadence, ['day', 'week', 'month', 'year'], `${field}.cadence`),
      rollover: mode === 'capped' ? { mode, cap: a.rollover.cap! } : { mode },
      ...(a.priority === undefined ? {} : { priority: v.integer(a.priority, `${field}.priority`, 0, 1_000_000) }),
    };
  });
  const rateOverrides: Record<string, string> = {};
  for (const [featureId, rate] of Object.entries(input.rateOverrides ?? {})) {
    ctx.state.feature(featureId);
    v.amount(rate, decimalPlaces(String(rate)), `rateOverrides.${featureId}`, true);
    rateOverrides[featureId] = rate;
  }
  const plan: Plan = {
    id: v.id(input.id, 'id'),
    displayName: v.text(input.displayName, 'displayName'),
    allowances,
    rateOverrides,
  };
  ctx.write({ type: 'plan.defined', at: ctx.now, plan });
  return plan;
}

export function createCustomer(ctx: Ctx, input: CreateCustomerInput) {
  const customer = {
    id: v.id(input.id, 'id'),
    name: v.text(input.name, 'name'),
    email: v.optionalText(input.email, 'email', 254),
  };
  const existing = ctx.state.customers.get(customer.id);
  if (existing) {
    if (existing.name === customer.name && existing.email === customer.email) return existing;
    throw new CreditError(
      'conflict',
      `Customer "${customer.id}" already exists with other details; choose another id.`,
      {
        customerId: customer.id,
      },
    );
  }
  ctx.write({ type: 'customer.created', at: ctx.now, customer });
  return ctx.state.customer(customer.id);
}

export function createResource(ctx: Ctx, input: CreateResourceInput): Resource {
  ctx.state.customer(input.customerId);
  const resource = {
    customerId: input.customerId,
    id: v.id(input.id, 'id'),
    name: v.text(input.name, 'name'),
    type: v.optionalText(input.type, 'type', 64),
  };
  const existing = ctx.state.resources.get(input.customerId)?.get(resource.id);
  if (existing && !existing.implicit) {
    if (existing.name === resource.name && existing.type === resource.type) return existing;
    throw new CreditError(
      'conflict',
      `Resource "${resource.id}" already exists with other details; choose another id.`,
      {
        resourceId: resource.id,
      },
    );
  }
  ctx.write({ type: 'resource.created', at: ctx.now, resource });
  return ctx.state.resources.get(input.customerId)!.get(resource.id)!;
}

export function provisionSubscription(ctx: Ctx, input: ProvisionSubscriptionInput): Subscription {
  const { state } = ctx;
  state.customer(input.customerId);
  const plan = state.plans.get(input.planId);
  if (!plan)
    throw new CreditError('not_found', `No plan "${input.planId}"; define it first.`, { planId: input.planId });
  const resourceId = v.optionalId(input.resourceId, 'resourceId');
  const actor = v.actor(input.actor);
  const key = v.idempotencyKey(input.idempotencyKey, false);
  const fp = v.fingerprint('subscription', { planId: plan.id, resourceId });
  const seen = seenBefore(ctx, input.customerId, key, fp);
  if (seen) return state.subscriptions.get(seen.ref)!.def;
  const id = ctx.newId('sub');
  ctx.write({
    type: 'subscription.provisioned',
    at: ctx.now,
    subscription: { id, customerId: input.customerId, planId: plan.id, resourceId, actor },
    ...(key === null ? {} : { idem: { key, fp } }),
  });
  plan.allowances.forEach((_, i) => {
    ctx.write({ type: 'grant.created', at: ctx.now, grant: periodGrant(ctx, id, i, 0, ctx.now) });
  });
  return state.subscriptions.get(id)!.def;
}

/** The recurring grant of one allowance for period `period` of a subscription started at `startedAt`. */
export function periodGrant(
  ctx: Ctx,
  subscriptionId: string,
  allowance: number,
  period: number,
  startedAt: number,
): GrantData {
  const sub = ctx.state.subscriptions.get(subscriptionId)!;
  const a = sub.plan.allowances[allowance]!;
  const precision = ctx.state.currency(a.currencyId).def.precision;
  return {
    id: ctx.newId('grant'),
    customerId: sub.def.customerId,
    currencyId: a.currencyId,
    resourceId: sub.def.resourceId,
    type: 'recurring',
    units: parseDecimal(a.amount, precision).toString(),
    priority: a.priority ?? 50,
    effectiveAt: addCadence(startedAt, a.cadence, period),
    expiresAt: addCadence(startedAt, a.cadence, period + 1),
    reason: `${sub.plan.displayName} allowance`,
    source: `subscription:${subscriptionId}`,
    actor: { type: 'subscription', id: subscriptionId },
    sub: [subscriptionId, allowance, period, 0],
    via: 'subscription',
  };
}
