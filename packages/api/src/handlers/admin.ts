import { ApiError } from '../errors';
import { page, visible } from './shared';
import type { HandlerMap } from './types';

export const adminHandlers: Pick<HandlerMap, 'listEvents' | 'listAudit' | 'getClock' | 'setClock'> = {
  listEvents: (ctx, { params, query }) => {
    const result = ctx.engine.listEvents({ customerId: params.customerId, ...query });
    return { data: visible(ctx, result.items), nextCursor: result.nextCursor };
  },
  listAudit: ({ engine }, { query }) => page(engine.listAudit({ ...query, cursor: query.cursor ?? null })),
  getClock: (ctx) => ({ now: ctx.engine.clock.now().toISOString(), controllable: Boolean(ctx.demoMode && ctx.clock) }),
  setClock: (ctx, { body }) => {
    if (!ctx.demoMode || !ctx.clock) {
      throw new ApiError(403, 'forbidden', 'The clock can only be moved in demo mode; start the server in demo mode.');
    }
    const now = ctx.engine.clock.now().getTime();
    const target = body.to === undefined ? now + (body.advanceSeconds ?? 0) * 1000 : Date.parse(body.to);
    if (target < now) {
      throw new ApiError(409, 'conflict', `The clock only moves forward; it is ${new Date(now).toISOString()} now.`, {
        now: new Date(now).toISOString(),
      });
    }
    ctx.clock.set(new Date(target));
    return { now: ctx.engine.clock.now().toISOString(), controllable: true };
  },
};
