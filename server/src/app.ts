import type { ControllableClock } from '@creditkit/api';
import type { CreditEngine } from '@creditkit/core';
import express, { type Express } from 'express';
import { authenticate, customerRateLimit, FailedAuthGuard, type RateLimitOptions } from './auth/middleware';
import type { TokenIssuer } from './auth/tokens';
import { docsRoutes } from './docs/docs.routes';
import { chain } from './http/chain';
import { contractRoutes } from './http/contract-routes';
import { jsonBody, requireJsonBody } from './http/body';
import { cors, type CorsOrigins } from './http/cors';
import { errorHandler, notFound } from './http/errors';
import { apiSecurityHeaders } from './http/security';
import { serverTiming } from './http/timing';

export interface AppOptions {
  engine: CreditEngine;
  /** The secret key: a bearer credential that may do everything. */
  secretKey: string;
  /** Signs and verifies customer tokens (made from the secret key). */
  tokens: TokenIssuer;
  /** Origins allowed to call the API from a browser; default `*`, every origin, since no cookies are used. */
  corsOrigins?: CorsOrigins;
  /** Limits on requests made with a customer token; default 600 per minute per customer. */
  rateLimit?: RateLimitOptions;
  /** The engine's clock (a `ServerClock`, or a `ManualClock` in tests); with `demoMode`, the admin clock routes move it. */
  clock?: ControllableClock;
  /** Lets `POST /v1/admin/clock` move the clock. Default false. */
  demoMode?: boolean;
}

/** The reference credit engine over HTTP, under `/v1`. */
export function createApp(options: AppOptions): Express {
  const { engine, secretKey, tokens, corsOrigins = '*', rateLimit, clock, demoMode = false } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  const failedAuth = new FailedAuthGuard(rateLimit?.failedAuthLimit ?? 30, rateLimit?.windowMs ?? 60_000);
  // Every request takes each of these steps in this order; as one layer, Express dispatches once.
  app.use(
    chain(
      serverTiming(),
      apiSecurityHeaders(),
      cors(corsOrigins),
      requireJsonBody,
      jsonBody,
      authenticate(secretKey, tokens, failedAuth),
      customerRateLimit(rateLimit),
    ),
  );
  // The contract first: it has no path of the docs, and ingestion should not pass the docs' router.
  app.use(contractRoutes({ engine, tokens, demoMode, ...(clock ? { clock } : {}) }));
  app.use(docsRoutes());
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
