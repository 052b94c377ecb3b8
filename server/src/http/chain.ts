import type { NextFunction, RequestHandler } from 'express';

/**
 * Runs middleware in order as one Express layer, with Express's own rules: a thrown error or a
 * rejected promise goes to the error handler, `next(error)` skips the rest. Every request passes
 * through the app-level steps, so one layer instead of one per step saves Express's dispatch for
 * each of them on every request.
 */
export function chain(...handlers: readonly RequestHandler[]): RequestHandler {
  return (req, res, done) => {
    let index = 0;
    const next: NextFunction = (error?: unknown) => {
      if (error) {
        done(error);
        return;
      }
      const handler = handlers[index++];
      if (!handler) {
        done();
        return;
      }
      try {
        const result: unknown = handler(req, res, next);
        if (result instanceof Promise)
          result.catch((failure: unknown) => done(failure ?? new Error('Rejected promise')));
      } catch (failure) {
        done(failure);
      }
    };
    next();
  };
}
