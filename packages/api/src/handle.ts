import { routes, type OperationId, type Route } from '@creditkit/client';
import { authorizeResource, authorizeRoute } from './authorize';
import type { ApiContext, ApiResponse, RawInput } from './context';
import { ApiError, errorResponse } from './errors';
import { eventStream } from './event-stream';
import { handlers, type HandledOperationId, type HandlerInput } from './handlers';
import { parseInput } from './validate';

/**
 * Answers one operation of the contract: authorizes, validates every part of the request with
 * the route's schemas, calls the engine and maps any refusal to the error envelope. Never throws.
 */
export async function handle(ctx: ApiContext, operationId: OperationId, raw: RawInput): Promise<ApiResponse> {
  const route: Route = routes[operationId];
  try {
    authorizeRoute(route, ctx.principal, raw.params?.customerId);
    const input = parseInput(route, raw);
    authorizeResource(route, ctx.principal, input);
    if (operationId === 'streamEvents') {
      const lastEventId = input.headers['last-event-id'];
      const customerId = String(input.params.customerId);
      ctx.engine.getCustomer(customerId); // 404 before the stream opens, not inside it
      return {
        status: 200,
        contentType: 'text/event-stream',
        headers: { 'cache-control': 'no-cache', connection: 'keep-alive' },
        stream: eventStream(ctx, customerId, {
          ...(typeof lastEventId === 'string' ? { after: Number(lastEventId) } : {}),
          ...(raw.signal ? { signal: raw.signal } : {}),
        }),
      };
    }
    const body = await call(ctx, operationId, input as unknown as HandlerInput<HandledOperationId>);
    const status = route.successStatus ?? 200;
    if (route.produces === 'text/csv') {
      const name = `ledger-${String(input.params.customerId)}-${String(input.query.currencyId)}.csv`;
      return {
        status,
        body,
        contentType: 'text/csv; charset=utf-8',
        headers: { 'content-disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"` },
      };
    }
    return { status, body };
  } catch (error) {
    return errorResponse(error);
  }
}

/** The handler map is keyed by operation; one call site keeps the per-operation types honest. */
function call<K extends HandledOperationId>(ctx: ApiContext, id: K, input: HandlerInput<K>) {
  const handler = handlers[id] as (ctx: ApiContext, input: HandlerInput<K>) => unknown;
  return handler(ctx, input);
}

/** The 404 and 405 answers an adapter gives for paths the contract does not have. */
export function notFoundResponse(method: string, path: string, allowed?: string[]): ApiResponse {
  const error = allowed
    ? new ApiError(405, 'method_not_allowed', `${path} does not take ${method}; it takes ${allowed.join(', ')}.`, {
        allowed,
      })
    : new ApiError(
        404,
        'not_found',
        `No route ${method} ${path}; see /v1/openapi.json for the routes this server has.`,
      );
  const response = errorResponse(error);
  return allowed ? { ...response, headers: { allow: allowed.join(', ') } } : response;
}
