import type { CreditEngine } from '@creditkit/core';
import express, { type Express } from 'express';
import { balanceRoutes } from './balance/balance.routes';
import { errorHandler, notFound } from './http/errors';

export interface AppOptions {
  engine: CreditEngine;
  /** Origins allowed to call the API from a browser; `*` for any. */
  corsOrigins?: string[] | '*';
}

/** The reference credit engine over HTTP, under `/v1`. */
export function createApp({ engine, corsOrigins = '*' }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use((req, res, next) => {
    const origin = req.headers.origin;
    if (origin && (corsOrigins === '*' || corsOrigins.includes(origin))) {
      res.setHeader('access-control-allow-origin', corsOrigins === '*' ? '*' : origin);
      res.setHeader('access-control-allow-headers', 'authorization, content-type, idempotency-key, last-event-id');
      res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    }
    res.setHeader('x-content-type-options', 'nosniff');
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });
  app.use(express.json({ limit: '2mb' }));
  app.use('/v1', balanceRoutes(engine));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
