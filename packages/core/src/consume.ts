/**
 * Usage: value × rate → credits, drawn in burn-down order under the pool's enforcement. This is
 * the hot path (a server ingests hundreds of thousands of events a second), so it avoids
 * allocations it does not need and does no work proportional to history.
 */
import { maybeRecharge } from './autorecharge';
import { planDraws } from './burndown';
import { idempotencyConflict, type Ctx } from './context';
import { decimalPlaces, digitsOf, formatDecimal } from './decimal';
import { CreditError } from './errors';
import { usageTotal, type LedgerRow } from './ledger';
import type { FeatureState, PoolState, State } from './state';
import type { UsageRecord } from './store';
import type { CheckInput, CheckResult, UsageEventInput, UsageResult } from './types-ops';
import type { Actor, LedgerEntry } from './types';
import * as v from './validate';
import { oneGrantEntry, rowEntries } from './views';

const UNSIGNED = /^(\d+)(?:\.(\d+))?$/;
const POW10: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));
/** Powers of ten a double holds exactly (10^22 is the last). */
const POW10_EXACT: number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_SAFE_UNITS = BigInt(Number.MAX_SAFE_INTEGER);

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
  let rateUnits = feature.rateUnits;
  let rateScale = feature.rateScale;
  const override = rateOverride(state, feature.def.id, customerId, resourceId);
  if (override !== undefined) {
    rateScale = decimalPlaces(override);
    rateUnits = BigInt(override.replace('.', ''));
  }
  const precision = feature.currency.def.precision;
  if (typeof value === 'string' && rateUnits <= MAX_SAFE_UNITS) {
    const fast = creditsInDoubles(value, Number(rateUnits), rateScale, precision);
    if (fast >= 0) return BigInt(fast);
  }
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
  const scale = fraction.length + rateScale;
  const product = valueUnits * rateUnits;
  if (scale <= precision) return product * POW10[precision - scale]!;
  const divisor = POW10[scale - precision]!;
  const q = product / divisor;
  return product % divisor === 0n ? q : q + 1n;
}

/**
 * The same computation as `creditsFor`'s bigint path, in doubles, for the common case where every
 * intermediate is an integer below 2^53 (so each step is exact: products, remainders and exact
 * divisions of such integers are computed without rounding). Returns -1 when it does not apply
 * (malformed or large input): the caller then takes the bigint path, which also words the error.
 */
function creditsInDoubles(value: string, rate: number, rateScale: number, precision: number): number {
  const n = value.length;
  if (n === 0 || n > 15) return -1;
  let units = 0;
  let decimals = -1;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      units = units * 10 + (c - 48);
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0 && i > 0 && i < n - 1) {
      decimals = 0;
    } else {
      return -1;
    }
  }
  const product = units * rate;
  if (product > Number.MAX_SAFE_INTEGER) return -1;
  const scale = (decimals < 0 ? 0 : decimals) + rateScale;
  if (scale <= precision) {
    const scaled = product * (POW10_EXACT[precision - scale] ?? Infinity);
    return scaled <= Number.MAX_SAFE_INTEGER ? scaled : -1;
  }
  const divisor = POW10_EXACT[scale - precision];
  if (divisor === undefined) return -1;
  const rest = product % divisor;
  const q = (product - rest) / divisor;
  return rest === 0 ? q : q + 1;
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
  const currencyId = feature.currency.def.id;
  const pool = state.findPoolOf(input.customerId, currencyId, resourceId);
  // The customer's keys, through the pool when it has them at hand.
  const seen = (pool?.usageKeys ?? state.usageKeys.get(input.customerId))?.find(key);
  if (seen) {
    const owner = state.poolList[seen.pool]!;
    const r = owner.ledger.recordAt(seen.row) as UsageRecord;
    if (
      r.featureId !== feature.def.id ||
      r.resourceId !== resourceId ||
      r.value !== input.value ||
      r.ts !== ts ||
      JSON.stringify(r.dims) !== JSON.stringify(dims)
    ) {
      throw idempotencyConflict(key);
    }
    return usageResult(owner, r, usageTotal(r), owner.ledger.balanceAfter(seen.row), true);
  }
  const balance = pool?.balance ?? 0n;
  const enforcement = feature.def.enforcement ?? feature.currency.def.enforcement;
  if (enforcement === 'hard' && balance < credits) throw insufficient(feature, credits, balance);
  // Through the cache of small numbers' texts: the same small amount, which usage repeats
  // endlessly, then shares one string across stored records instead of one each.
  const creditsText = digitsOf(credits);
  // One grant covering everything is the common case: the draw `planDraws` would plan, written
  // as the record's `grantId` without a list.
  const first = pool?.active[0];
  const single = first !== undefined && credits > 0n && first.remaining >= credits;
  const plan = single ? null : pool ? planDraws(pool, credits, creditsText) : { draws: [], rest: credits };
  // Every field in one literal, so the stored record keeps its properties in-object (adding the
  // optional ones afterwards gave each record a separate property array). The usual record, one
  // grant, leaves out the draw list and overage it would hold `undefined` in: fewer slots in every
  // stored record, and the store writes the same JSON either way.
  let record: UsageRecord = {
    type: 'usage',
    at: ctx.now,
    id: ctx.newId('evt'),
    key,
    customerId: input.customerId,
    currencyId,
    resourceId,
    featureId: feature.def.id,
    value: input.value,
    ts,
    dims,
    actor: usageActor(input.actor),
    credits: creditsText,
    grantId: single ? first.data.id : undefined,
  };
  if (plan !== null) {
    record = { ...record, draws: plan.draws, over: plan.rest > 0n ? plan.rest.toString() : undefined };
  }
  // Applying the record reads its credits back; handed over as the number they are, rather
  // than parsed again from the text.
  state.usageCredits(record, credits);
  ctx.write(record);
  const written = pool ?? state.findPoolOf(input.customerId, currencyId, resourceId)!;
  const balanceAfter = written.balance;
  maybeRecharge(ctx, written);
  return usageResult(written, record, credits, balanceAfter, false);
}

let lastActorInput: unknown = undefined;
let lastActor: Actor | undefined = undefined;

/**
 * The actor of a usage record. A batch passes one actor object with all its events: it is
 * checked and copied once, and its records share the copy (nothing mutates a stored actor).
 */
function usageActor(value: unknown): Actor | undefined {
  if (value === undefined) return undefined;
  const same = value === lastActorInput && lastActor !== undefined;
  if (same && (value as Actor).type === lastActor!.type && (value as Actor).id === lastActor!.id) return lastActor;
  lastActor = v.actor(value);
  lastActorInput = value;
  return lastActor;
}

/** Validates a resource id, skipping the pattern check for resources already known. */
function knownId(state: State, customerId: string, resourceId: string): string {
  return state.resources.get(customerId)?.has(resourceId) ? resourceId : v.id(resourceId, 'resourceId');
}

/** The result of usage `r`, which took `total` credits (draws and overage). */
function usageResult(
  pool: PoolState,
  r: UsageRecord,
  total: bigint,
  balanceAfter: bigint,
  duplicate: boolean,
): UsageResult {
  const precision = pool.currency.def.precision;
  const after = formatDecimal(balanceAfter, precision);
  let credits: string;
  let entries: LedgerEntry[];
  if (r.grantId !== undefined) {
    // The usual consumption, one grant drawn: its one entry made directly, amounts written once.
    credits = formatDecimal(total, precision);
    entries = [oneGrantEntry(pool.key, r, total === 0n ? credits : `-${credits}`, after)];
  } else {
    const row: LedgerRow = { kind: 'consumption', record: r, grant: null, amount: -total, balanceAfter };
    entries = rowEntries(row, pool.key, precision);
    credits = formatDecimal(total, precision);
  }
  return {
    eventId: r.id,
    customerId: r.customerId,
    currencyId: r.currencyId,
    resourceId: r.resourceId,
    featureId: r.featureId,
    credits,
    balanceAfter: after,
    duplicate,
    overage: r.over === undefined ? zeroText(precision) : formatDecimal(BigInt(r.over), precision),
    entries,
  };
}

const ZEROS: string[] = [];
/** `0` at a precision (`"0.000"`), written once per precision. */
function zeroText(precision: number): string {
  return (ZEROS[precision] ??= formatDecimal(0n, precision));
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
