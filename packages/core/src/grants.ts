/** Grant commands: create, void, adjust. The grant list is in `grant-list.ts`. */
import { planDraws } from './burndown';
import { seenBefore, type Ctx } from './context';
import { parseDecimal } from './decimal';
import { CreditError } from './errors';
import type { EngineRecord } from './store';
import type { State } from './state';
import type { Grant, PoolKey } from './types';
import type { AdjustInput, AdjustResult, CreateGrantInput, VoidGrantInput } from './types-ops';
import * as v from './validate';
import { rowEntries, toGrant } from './views';

const GRANT_TYPES = ['paid', 'promotional', 'recurring', 'top_up', 'auto_recharge'] as const;

export function createGrant(ctx: Ctx, input: CreateGrantInput): Grant {
  const { state } = ctx;
  state.customer(input.customerId);
  const currency = state.currency(input.currencyId);
  const resourceId = v.optionalId(input.resourceId, 'resourceId');
  const units = v.amount(input.amount, currency.def.precision, 'amount');
  const effectiveAt = input.effectiveAt === undefined ? null : v.time(input.effectiveAt, 'effectiveAt');
  const expiresAt = input.expiresAt == null ? null : v.time(input.expiresAt, 'expiresAt');
  const costBasis = input.costBasis
    ? {
        amount: (v.amount(input.costBasis.amount, 12, 'costBasis.amount', true), input.costBasis.amount),
        currency: v.text(input.costBasis.currency, 'costBasis.currency', 3).toUpperCase(),
      }
    : null;
  const payload = {
    currencyId: currency.def.id,
    resourceId,
    type: v.oneOf(input.type, GRANT_TYPES, 'type'),
    units: units.toString(),
    priority: input.priority === undefined ? 100 : v.integer(input.priority, 'priority', 0, 1_000_000),
    effectiveAt,
    expiresAt,
    costBasis,
    source: v.optionalText(input.source, 'source'),
    reason: v.optionalText(input.reason, 'reason'),
    actor: v.actor(input.actor),
  };
  const key = v.idempotencyKey(input.idempotencyKey, false);
  const fp = v.fingerprint('grant', payload);
  const seen = seenBefore(ctx, input.customerId, key, fp);
  if (seen) return toGrant(state.grants.get(seen.ref)!);
  const effective = effectiveAt ?? ctx.now;
  if (expiresAt !== null && (expiresAt <= effective || expiresAt <= ctx.now)) {
    throw new CreditError('invalid_request', 'expiresAt must be later than both now and effectiveAt.', {
      field: 'expiresAt',
    });
  }
  const id = ctx.newId('grant');
  ctx.write({
    type: 'grant.created',
    at: ctx.now,
    grant: {
      id,
      customerId: input.customerId,
      currencyId: payload.currencyId,
      resourceId,
      type: payload.type,
      units: payload.units,
      priority: payload.priority,
      effectiveAt: effective,
      expiresAt,
      ...(costBasis ? { costBasis } : {}),
      ...(payload.source === null ? {} : { source: payload.source }),
      ...(payload.reason === null ? {} : { reason: payload.reason }),
      actor: payload.actor,
    },
    ...(key === null ? {} : { idem: { key, fp } }),
  });
  return toGrant(state.grants.get(id)!);
}

export function voidGrant(ctx: Ctx, input: VoidGrantInput): Grant {
  const { state } = ctx;
  const grant = state.grant(input.customerId, input.grantId);
  const reason = v.text(input.reason, 'reason', 500);
  const actor = v.actor(input.actor);
  const key = v.idempotencyKey(input.idempotencyKey, false);
  const fp = v.fingerprint('void', { grantId: input.grantId, reason });
  if (seenBefore(ctx, input.customerId, key, fp)) return toGrant(grant);
  if (grant.status !== 'active' && grant.status !== 'scheduled') {
    throw new CreditError(
      'conflict',
      `Grant "${input.grantId}" is ${grant.status}; only active or scheduled grants can be voided.`,
      { grantId: input.grantId, status: grant.status },
    );
  }
  ctx.write({
    type: 'grant.voided',
    at: ctx.now,
    grantId: grant.data.id,
    units: (grant.status === 'active' ? grant.remaining : 0n).toString(),
    reason,
    actor,
    ...(key === null ? {} : { idem: { key, fp } }),
  });
  return toGrant(grant);
}

export function adjust(ctx: Ctx, input: AdjustInput): AdjustResult {
  const { state } = ctx;
  state.customer(input.customerId);
  const currency = state.currency(input.currencyId);
  const resourceId = v.optionalId(input.resourceId, 'resourceId');
  if (typeof input.amount !== 'string')
    throw new CreditError('invalid_amount', 'amount must be a decimal string like "-5".');
  const units = parseDecimal(input.amount, currency.def.precision, 'amount');
  if (units === 0n)
    throw new CreditError(
      'invalid_amount',
      'amount must not be zero: use a positive amount to add credits, negative to remove.',
      { field: 'amount' },
    );
  const reason = v.text(input.reason, 'reason', 500);
  const actor = v.actor(input.actor);
  const key = v.idempotencyKey(input.idempotencyKey, false);
  const fp = v.fingerprint('adjust', { currencyId: currency.def.id, resourceId, units: units.toString(), reason });
  const poolKey = { customerId: input.customerId, currencyId: currency.def.id, resourceId };
  const seen = seenBefore(ctx, input.customerId, key, fp);
  if (seen) return adjustResult(state, poolKey, seen.ref);
  const id = ctx.newId('adj');
  const base = {
    type: 'adjustment' as const,
    at: ctx.now,
    id,
    ...poolKey,
    reason,
    actor,
    ...(key === null ? {} : { idem: { key, fp } }),
  };
  if (units > 0n) {
    const grant = {
      id: ctx.newId('grant'),
      ...poolKey,
      type: 'promotional' as const,
      units: units.toString(),
      priority: 100,
    };
    ctx.write({
      ...base,
      grant: {
        ...grant,
        effectiveAt: ctx.now,
        expiresAt: null,
        reason,
        source: 'adjustment',
        actor,
        via: 'adjustment',
      },
    });
  } else {
    const pool = state.pool(poolKey);
    const { draws, rest } = planDraws(pool, -units);
    if (rest > 0n && currency.def.enforcement === 'hard') {
      throw new CreditError(
        'insufficient_credits',
        `The pool holds less than ${input.amount.slice(1)} credits; a hard-limited pool cannot go negative.`,
        {
          balance: pool.balance.toString(),
        },
      );
    }
    const record: EngineRecord = { ...base, draws, ...(rest > 0n ? { over: rest.toString() } : {}) };
    ctx.write(record);
  }
  return adjustResult(state, poolKey, id);
}

function adjustResult(state: State, key: PoolKey, id: string): AdjustResult {
  const pool = state.pool(key);
  const precision = pool.currency.def.precision;
  for (let i = pool.ledger.length - 1; i >= 0; i--) {
    const record = pool.ledger.recordAt(i);
    if (record.type === 'adjustment' && record.id === id) {
      const entries = rowEntries(pool.ledger.row(i), pool.key, precision);
      return { id, entries, balanceAfter: entries.at(-1)?.balanceAfter ?? '0' };
    }
  }
  throw new CreditError('not_found', `No adjustment "${id}".`);
}

export function cursorIndex(cursor: string, length: number): number {
  const n = Number(cursor);
  if (!Number.isInteger(n) || n < 0 || n > length) {
    throw new CreditError('invalid_request', 'cursor is not one this list returned; start again without a cursor.', {
      field: 'cursor',
    });
  }
  return n;
}
