/**
 * Usage: value × rate → credits, drawn in burn-down order under the pool's enforcement. This is
 * the hot path (a server ingests hundreds of thousands of events a second), so it avoids
 * allocations it does not need and does no work proportional to history.
 */
import { maybeRecharge } from './autorecharge';
import { planDraws } from './burndown';
import { idempotencyConflict, type Ctx } from './context';
import { decimalPlaces, formatDecimal } from './decimal';
import { CreditError } from './errors';
import type { FeatureState, LedgerRow, PoolState, State } from './state';
import type { UsageRecord } from './store';
import type { CheckInput, CheckResult, UsageEventInput, UsageResult } from './types-ops';
import type { PoolKey } from './types';
import * as v from './validate';
import { rowEntries } from './views';

const UNSIGNED = /^(\d+)(?:\.(\d+))?$/;
const POW10: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/**
 * Credits for `value` units of a feature, at the currency's precision. Rounded **up** to the
 * precision so no usage is ever free; exact whenever the product fits the precision.
 */
export function creditsFor(
  state: State,
  feature: FeatureState,
  value: unknown,
  customerId: string,
  resourceId: string | null,
): bigint {
  const match = typeof value === 'string' ? UNSIGNED.exec(value) : null;
  if (!match) {
    throw new CreditError(
      'invalid_amount',
      `value must be a non-negative decimal string like "1250"; got ${JSON.stringify(value)}.`,
      {
        field: 'value',
      },
    );
  }
  const fraction = match[2] ?? '';
  const valueUnits = BigInt(fraction === '' ? match[1]! : match[1]! + fraction);
  let rateUnits = feature.rateUnits;
  let rateScale = feature.rateScale;
  const override = rateOverride(state, feature.def.id, customerId, resourceId);
  if (override !== undefined) {
    rateScale = decimalPlaces(override);
    rateUnits = BigInt(override.replace('.', ''));
  }
  const scale = fraction.length + rateScale;
  const precision = feature.currency.def.precision;
  const product = valueUnits * rateUnits;
  if (scale <= precision) return product * POW10[precision - scale]!;
  const divisor = POW10[scale - precision]!;
  const q = product / divisor;
  return product % divisor === 0n ? q : q + 1n;
}

/** A plan's rate override: the resource's subscription first, then the customer's global one. */
function rateOverride(
  state: State,
  featureId: string,
  customerId: string,
  resourceId: string | null,
): string | undefined {
  if (state.subscriptions.size === 0) return undefined;
  const scoped = resourceId === null ? undefined : state.subscriptionByScope.get(`${customerId}\u0000${resourceId}`);
  const sub = scoped ?? state.subscriptionByScope.get(`${customerId}\u0000`);
  return sub?.plan.rateOverrides[featureId];
}

export function consume(ctx: Ctx, input: UsageEventInput): UsageResult {
  const { state } = ctx;
  if (typeof input.customerId !== 'string' || !state.customers.has(input.customerId))
    state.customer(String(input.customerId));
  const key = v.idempotencyKey(input.idempotencyKey, true)!;
  const feature = state.feature(input.featureId);
  const resourceId = input.resourceId == null ? null : knownId(state, input.customerId, input.resourceId);
  const credits = creditsFor(state, feature, input.value, input.customerId, resourceId);
  const ts = input.timestamp === undefined ? undefined : v.time(input.timestamp, 'timestamp');
  const dims = v.dimensions(input.dimensions);
  const seen = state.usageKeys.get(input.customerId)?.get(key);
  if (seen) {
    const r = seen.record as UsageRecord;
    if (
      r.featureId !== feature.def.id ||
      r.resourceId !== resourceId ||
      r.value !== input.value ||
      r.ts !== ts ||
      JSON.stringify(r.dims) !== JSON.stringify(dims)
    ) {
      throw idempotencyConflict(key);
    }
    return usageResult(state.findPool(r)!, seen, true);
  }
  const poolKey: PoolKey = { customerId: input.customerId, currencyId: feature.currency.def.id, resourceId };
  const pool = state.findPool(poolKey);
  const balance = pool?.balance ?? 0n;
  const enforcement = feature.def.enforcement ?? feature.currency.def.enforcement;
  if (enforcement === 'hard' && balance < credits) throw insufficient(feature, credits, balance);
  const plan = pool ? planDraws(pool, credits) : { draws: [], rest: credits };
  const record: UsageRecord = {
    type: 'usage',
    at: ctx.now,
    id: ctx.newId('evt'),
    key,
    customerId: input.customerId,
    currencyId: poolKey.currencyId,
    resourceId,
    featureId: feature.def.id,
    value: input.value,
    credits: credits.toString(),
    draws: plan.draws,
  };
  if (ts !== undefined) record.ts = ts;
  if (dims !== undefined) record.dims = dims;
  if (input.actor !== undefined) record.actor = v.actor(input.actor);
  if (plan.rest > 0n) record.over = plan.rest.toString();
  ctx.write(record);
  const written = state.pool(poolKey);
  const row = written.ledger[written.ledger.length - 1]!;
  maybeRecharge(ctx, written);
  return usageResult(written, row, false);
}

/** Validates a resource id, skipping the pattern check for resources already known. */
function knownId(state: State, customerId: string, resourceId: string): string {
  return state.resources.get(customerId)?.has(resourceId) ? resourceId : v.id(resourceId, 'resourceId');
}

function usageResult(pool: PoolState, row: LedgerRow, duplicate: boolean): UsageResult {
  const r = row.record as UsageRecord;
  const precision = pool.currency.def.precision;
  const entries = rowEntries(row, pool.key, precision);
  return {
    eventId: r.id,
    customerId: r.customerId,
    currencyId: r.currencyId,
    resourceId: r.resourceId,
    featureId: r.featureId,
    credits: formatDecimal(-row.amount, precision),
    balanceAfter:
      entries.length > 0 ? entries[entries.length - 1]!.balanceAfter : formatDecimal(row.balanceAfter, precision),
    duplicate,
    overage: r.over === undefined ? formatDecimal(0n, precision) : formatDecimal(BigInt(r.over), precision),
    entries,
  };
}

function insufficient(feature: FeatureState, credits: bigint, balance: bigint): CreditError {
  const p = feature.currency.def.precision;
  const need = formatDecimal(credits, p);
  const have = formatDecimal(balance, p);
  return new CreditError(
    'insufficient_credits',
    `This usage needs ${need} ${feature.currency.def.unitPlural} but the balance is ${have}; nothing was deducted. Add credits or lower the usage.`,
    { requiredCredits: need, balance: have, currencyId: feature.currency.def.id },
  );
}

export function check(state: State, input: CheckInput): CheckResult {
  state.customer(input.customerId);
  const feature = state.feature(input.featureId);
  const resourceId = v.optionalId(input.resourceId, 'resourceId');
  v.dimensions(input.dimensions);
  const credits = creditsFor(state, feature, input.requestedUsage, input.customerId, resourceId);
  const balance =
    state.findPool({ customerId: input.customerId, currencyId: feature.currency.def.id, resourceId })?.balance ?? 0n;
  const enforcement = feature.def.enforcement ?? feature.currency.def.enforcement;
  const p = feature.currency.def.precision;
  const covered = balance >= credits;
  return {
    isGranted: covered || enforcement === 'soft',
    requestedCredits: formatDecimal(credits, p),
    balance: formatDecimal(balance, p),
    reason: covered ? 'ok' : enforcement === 'soft' ? 'soft_limit_overage' : 'insufficient_credits',
  };
}
