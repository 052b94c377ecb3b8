import { ALL_POOLS } from '@creditkit/core';
import { ApiError } from '../errors';
import { actorOf } from './shared';
import type { HandlerMap } from './types';
import { toUsageDimensions, toUsageQueryResult } from './usage-shape';
import { parseFilters, resolveWindow } from './usage-window';

type UsageOps = 'reportUsage' | 'reportUsageBatch' | 'checkEntitlement' | 'queryUsage' | 'listUsageDimensions';

/** A key in the body wins; the `Idempotency-Key` header is the same thing, so both must agree. */
function idempotencyKeyOf(bodyKey: string | undefined, headerKey: string | undefined): string {
  if (bodyKey !== undefined && headerKey !== undefined && bodyKey !== headerKey) {
    throw new ApiError(
      400,
      'invalid_request',
      'The `Idempotency-Key` header and `idempotencyKey` in the body differ; send one of them, or the same value in both.',
      { fields: [{ field: 'idempotencyKey', in: 'body', message: 'differs from the Idempotency-Key header' }] },
    );
  }
  // Without a key the event cannot be recognised when retried: it is applied as a new event.
  return bodyKey ?? headerKey ?? `auto_${crypto.randomUUID()}`;
}

export const usageHandlers: Pick<HandlerMap, UsageOps> = {
  reportUsage: (ctx, { body, headers }) =>
    ctx.engine.reportUsage({
      ...body,
      idempotencyKey: idempotencyKeyOf(body.idempotencyKey, headers['idempotency-key']),
      actor: actorOf(ctx),
    }),
  reportUsageBatch: async (ctx, { body }) => {
    const actor = actorOf(ctx);
    // Every field named (rather than spread): one object shape for the whole batch.
    const results = await ctx.engine.reportUsageBatch(
      body.events.map((event) => ({
        customerId: event.customerId,
        resourceId: event.resourceId,
        featureId: event.featureId,
        value: event.value,
        timestamp: event.timestamp,
        idempotencyKey: idempotencyKeyOf(event.idempotencyKey, undefined),
        dimensions: event.dimensions,
        actor,
      })),
    );
    const accepted = results.filter((r) => r.ok).length;
    return { accepted, rejected: results.length - accepted, results };
  },
  checkEntitlement: ({ engine }, { params, body }) =>
    engine.check({ ...body, customerId: params.customerId, requestedUsage: body.requestedUsage ?? '1' }),
  queryUsage: ({ engine }, { params, query }) => {
    const { groupBy = 'feature', filter, allPools, resourceId, preset, from, to, timeZone } = query;
    const filters = parseFilters(filter);
    const result = engine.usageQuery({
      currencyId: query.currencyId,
      customerId: params.customerId,
      resourceId: allPools ? ALL_POOLS : (resourceId ?? null),
      ...resolveWindow(engine.clock.now(), { from, to, preset, timeZone }),
      granularity: query.granularity ?? 'day',
      ...(timeZone && { timeZone }),
      ...(groupBy === 'feature' || groupBy === 'none' ? { groupBy } : { groupBy: 'dimension', dimension: groupBy }),
      maxSeries: query.maxSeries ?? 10,
      ...(filters && { filters }),
    });
    const features = new Map(engine.listFeatures(query.currencyId).map((f) => [f.id, f.displayName]));
    return toUsageQueryResult(result, {
      groupBy,
      allPools: allPools === true,
      labelOf: (key) => (groupBy === 'feature' ? features.get(key) : undefined),
    });
  },
  listUsageDimensions: ({ engine }, { params, query }) => {
    const { allPools, resourceId, preset, from, to, timeZone } = query;
    const result = engine.usageDimensions({
      currencyId: query.currencyId,
      customerId: params.customerId,
      resourceId: allPools ? ALL_POOLS : (resourceId ?? null),
      ...resolveWindow(engine.clock.now(), { from, to, preset, timeZone }),
      maxValuesPerKey: query.maxValuesPerKey ?? 100,
    });
    return toUsageDimensions(result);
  },
};
