import { ApiError } from '../errors';
import { actorOf, visible } from './shared';
import type { HandlerMap } from './types';

type CheckoutOps =
  | 'createQuote'
  | 'confirmCheckout'
  | 'listReceipts'
  | 'getReceipt'
  | 'getAutoRechargePolicy'
  | 'updateAutoRechargePolicy'
  | 'getAutoRechargeStatus';

export const checkoutHandlers: Pick<HandlerMap, CheckoutOps> = {
  createQuote: ({ engine }, { params, body }) =>
    engine.createQuote({ ...body, customerId: params.customerId, resourceId: body.resourceId ?? null }),
  confirmCheckout: (ctx, { params, body }) =>
    ctx.engine.confirmCheckout({
      customerId: params.customerId,
      quoteId: body.quoteId,
      payment: body.payment,
      // A quote is paid at most once, so its id is a safe key when the caller sends none.
      idempotencyKey: body.idempotencyKey ?? `quote:${body.quoteId}`,
      actor: actorOf(ctx),
    }),
  listReceipts: (ctx, { params }) => ({ data: visible(ctx, ctx.engine.listReceipts(params.customerId)) }),
  getReceipt: (ctx, { params }) => {
    const receipt = ctx.engine.getReceipt(params.customerId, params.receiptId);
    if (visible(ctx, [receipt]).length === 0) {
      throw new ApiError(404, 'not_found', `No receipt "${params.receiptId}" for this token's resources.`);
    }
    return receipt;
  },
  getAutoRechargePolicy: ({ engine }, { params }) => {
    const policy = engine.getAutoRechargePolicy(params.customerId, params.currencyId);
    if (!policy) {
      throw new ApiError(
        404,
        'not_found',
        `No auto-recharge policy for customer "${params.customerId}" and currency "${params.currencyId}" yet; PUT one to turn auto-recharge on.`,
      );
    }
    return policy;
  },
  updateAutoRechargePolicy: (ctx, { params, body }) => {
    if (ctx.principal?.kind === 'customer' && ctx.principal.resourceIds !== null) {
      throw new ApiError(
        403,
        'forbidden',
        'The auto-recharge policy covers every pool of the customer; a token limited to some resources cannot change it.',
      );
    }
    return ctx.engine.setAutoRechargePolicy({ ...body, ...params, actor: actorOf(ctx) });
  },
  getAutoRechargeStatus: ({ engine }, { params }) => engine.autoRechargeStatus(params.customerId, params.currencyId),
};
