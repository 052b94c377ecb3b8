import { actorOf, page, poolOf } from './shared';
import type { HandlerMap } from './types';

type GrantOps = 'listGrants' | 'createGrant' | 'voidGrant' | 'listLedger' | 'exportLedgerCsv' | 'createAdjustment';

export const grantHandlers: Pick<HandlerMap, GrantOps> = {
  listGrants: ({ engine }, { params, query }) =>
    page(
      engine.listGrants({
        ...poolOf(params.customerId, query),
        ...(query.status === undefined ? {} : { status: query.status }),
        ...(query.sort === undefined ? {} : { sort: query.sort }),
        ...(query.direction === undefined ? {} : { direction: query.direction }),
        cursor: query.cursor ?? null,
        ...(query.limit === undefined ? {} : { limit: query.limit }),
      }),
    ),
  createGrant: (ctx, { params, body }) => {
    const { currencyId, resourceId, type, ...rest } = body;
    return ctx.engine.createGrant({
      ...rest,
      ...poolOf(params.customerId, { currencyId, resourceId }),
      type: type ?? 'paid',
      actor: actorOf(ctx),
    });
  },
  voidGrant: (ctx, { params, body }) =>
    ctx.engine.voidGrant({ customerId: params.customerId, grantId: params.grantId, ...body, actor: actorOf(ctx) }),
  listLedger: ({ engine }, { params, query }) => {
    const { currencyId, resourceId, type, cursor, limit, ...range } = query;
    return page(
      engine.listLedger({
        ...poolOf(params.customerId, { currencyId, resourceId }),
        ...range,
        ...(type === undefined ? {} : { types: type }),
        cursor: cursor ?? null,
        ...(limit === undefined ? {} : { limit }),
      }),
    );
  },
  exportLedgerCsv: ({ engine }, { params, query }) => {
    const { currencyId, resourceId, type, ...range } = query;
    return engine.ledgerCsv({
      ...poolOf(params.customerId, { currencyId, resourceId }),
      ...range,
      ...(type === undefined ? {} : { types: type }),
    });
  },
  createAdjustment: (ctx, { params, body }) => {
    const { currencyId, resourceId, ...rest } = body;
    return ctx.engine.adjust({
      ...rest,
      ...poolOf(params.customerId, { currencyId, resourceId }),
      actor: actorOf(ctx),
    });
  },
};
