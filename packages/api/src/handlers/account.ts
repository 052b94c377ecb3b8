import { ApiError } from '../errors';
import { canSeeResource } from '../authorize';
import { actorOf } from './shared';
import type { HandlerMap } from './types';

type AccountOps =
  | 'listCustomers'
  | 'createCustomer'
  | 'getCustomer'
  | 'listResources'
  | 'createResource'
  | 'provisionSubscription'
  | 'mintCustomerToken';

export const accountHandlers: Pick<HandlerMap, AccountOps> = {
  listCustomers: ({ engine }) => ({ data: engine.listCustomers() }),
  createCustomer: ({ engine }, { body }) => engine.createCustomer(body),
  getCustomer: ({ engine }, { params }) => engine.getCustomer(params.customerId),
  listResources: (ctx, { params }) => ({
    data: ctx.engine.listResources(params.customerId).filter((r) => canSeeResource(ctx.principal, r.id)),
  }),
  createResource: ({ engine }, { params, body }) => engine.createResource({ customerId: params.customerId, ...body }),
  provisionSubscription: (ctx, { params, body }) =>
    ctx.engine.provisionSubscription({
      customerId: params.customerId,
      planId: body.planId,
      resourceId: body.resourceId ?? null,
      ...(body.idempotencyKey === undefined ? {} : { idempotencyKey: body.idempotencyKey }),
      actor: actorOf(ctx),
    }),
  mintCustomerToken: async (ctx, { body }) => {
    if (!ctx.tokens) {
      throw new ApiError(501, 'not_implemented', 'This server cannot mint customer tokens; configure a token signer.');
    }
    ctx.engine.getCustomer(body.customerId); // a token for a customer that does not exist is a mistake: 404
    const input = {
      customerId: body.customerId,
      resourceIds: body.resourceIds ?? null,
      scopes: body.scopes ?? (['read', 'checkout', 'auto_recharge'] as const).slice(),
      expiresInSeconds: body.expiresInSeconds ?? 3600,
    };
    const minted = await ctx.tokens.mint(input);
    return { ...minted, customerId: input.customerId, resourceIds: input.resourceIds, scopes: input.scopes };
  },
};
