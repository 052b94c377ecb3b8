/**
 * Catching up with the clock: everything due up to `now` happens in time order, each fact dated
 * at the instant it was due (not when the engine noticed), so a clock that jumps several periods
 * ahead gives the same ledger as one that ticked through them.
 */
import { periodGrant } from './catalogue';
import type { Ctx } from './context';
import { parseDecimal } from './decimal';
import type { Timer } from './timers';

export function catchUp(ctx: Ctx): void {
  const { timers } = ctx.state;
  while (timers.peekAt() <= ctx.now) handle(ctx, timers.pop()!);
}

function handle(ctx: Ctx, timer: Timer): void {
  const { state } = ctx;
  switch (timer.kind) {
    case 'activate': {
      const grant = state.grants.get(timer.grantId);
      if (grant?.status === 'scheduled') ctx.write({ type: 'grant.activated', at: timer.at, grantId: timer.grantId });
      return;
    }
    case 'expire': {
      const grant = state.grants.get(timer.grantId);
      if (!grant || grant.data.expiresAt !== timer.at) return;
      if (grant.status === 'active' || grant.status === 'scheduled') {
        ctx.write({ type: 'grant.expired', at: timer.at, grantId: timer.grantId, units: grant.remaining.toString() });
      }
      return;
    }
    case 'renew':
      return renew(ctx, timer);
  }
}

/**
 * A new period of one allowance: the allowance's grants ending now expire, the rollover policy
 * carries part of what remained into a rollover grant, and the new period's grant starts.
 */
function renew(ctx: Ctx, timer: Extract<Timer, { kind: 'renew' }>): void {
  const sub = ctx.state.subscriptions.get(timer.subscriptionId);
  if (!sub || (sub.periods[timer.allowance] ?? -1) >= timer.period) return;
  const allowance = sub.plan.allowances[timer.allowance]!;
  const ending = allowanceGrants(ctx, timer);
  let remaining = 0n;
  for (const grant of ending) {
    remaining += grant.remaining;
    ctx.write({ type: 'grant.expired', at: timer.at, grantId: grant.data.id, units: grant.remaining.toString() });
  }
  const precision = ctx.state.currency(allowance.currencyId).def.precision;
  const carried =
    allowance.rollover.mode === 'none'
      ? 0n
      : allowance.rollover.mode === 'all'
        ? remaining
        : min(remaining, parseDecimal(allowance.rollover.cap ?? '0', precision));
  const next = periodGrant(ctx, sub.def.id, timer.allowance, timer.period, sub.startedAt);
  if (carried > 0n) {
    ctx.write({
      type: 'grant.created',
      at: timer.at,
      grant: {
        ...next,
        id: ctx.newId('grant'),
        units: carried.toString(),
        reason: `Rollover into ${sub.plan.displayName} period ${timer.period + 1}`,
        sub: [sub.def.id, timer.allowance, timer.period, 1],
      },
    });
  }
  ctx.write({ type: 'grant.created', at: timer.at, grant: next });
}

/** Active grants of the allowance (period grants and rollovers) that end at this boundary. */
function allowanceGrants(ctx: Ctx, timer: Extract<Timer, { kind: 'renew' }>) {
  const sub = ctx.state.subscriptions.get(timer.subscriptionId)!;
  const a = sub.plan.allowances[timer.allowance]!;
  const pool = ctx.state.findPool({
    customerId: sub.def.customerId,
    currencyId: a.currencyId,
    resourceId: sub.def.resourceId,
  });
  if (!pool) return [];
  return pool.active.filter(
    (g) =>
      g.data.sub?.[0] === timer.subscriptionId &&
      g.data.sub[1] === timer.allowance &&
      g.data.expiresAt !== null &&
      g.data.expiresAt <= timer.at,
  );
}

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
