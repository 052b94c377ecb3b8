import { PoolQuery } from '@creditkit/client';
import type { CreditEngine } from '@creditkit/core';
import { http, type RequestHandler } from 'msw';
import { respond, searchParams, validate } from './http';

export interface HandlerOptions {
  /** Where the mocked contract lives; matches any origin when omitted. */
  baseUrl?: string;
}

/** Handlers grouped by resource of the contract; `handlers()` returns them as one list. */
export function balanceHandlers(engine: CreditEngine, { baseUrl = '*' }: HandlerOptions = {}): RequestHandler[] {
  const v1 = `${baseUrl.replace(/\/+$/, '')}/v1`;
  return [
    http.get(`${v1}/customers/:customerId/balance`, ({ request, params }) =>
      respond(() => {
        const { currencyId, resourceId } = validate(PoolQuery, searchParams(request), 'query');
        return engine.balance({ customerId: String(params.customerId), currencyId, resourceId: resourceId ?? null });
      }),
    ),
  ];
}

/** Every handler of the contract, backed by one engine. */
export function handlers(engine: CreditEngine, options: HandlerOptions = {}): RequestHandler[] {
  return [...balanceHandlers(engine, options)];
}
