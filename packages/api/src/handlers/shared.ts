import type { Actor, PoolKey } from '@creditkit/core';
import { canSeeResource } from '../authorize';
import type { ApiContext } from '../context';

/** Who the ledger and audit log name for this request. */
export function actorOf(ctx: ApiContext): Actor {
  const principal = ctx.principal;
  return principal?.kind === 'customer'
    ? { type: 'customer', id: principal.customerId }
    : { type: 'admin', id: 'secret-key' };
}

export const poolOf = (
  customerId: string,
  fields: { currencyId: string; resourceId?: string | undefined },
): PoolKey => ({
  customerId,
  currencyId: fields.currencyId,
  resourceId: fields.resourceId ?? null,
});

/** Keeps what a resource-limited token may see. */
export const visible = <T extends { resourceId: string | null }>(ctx: ApiContext, items: readonly T[]): T[] =>
  items.filter((item) => canSeeResource(ctx.principal, item.resourceId));

export const page = <T>(result: { items: T[]; nextCursor: string | null }) => ({
  data: result.items,
  nextCursor: result.nextCursor,
});
