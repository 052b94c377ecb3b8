import { PoolQuery } from '@creditkit/client';
import type { CreditEngine } from '@creditkit/core';
import { Router } from 'express';
import { requirePrincipal } from '../auth/middleware';
import { HttpError } from '../http/errors';
import { validate } from '../http/validate';

export function balanceRoutes(engine: CreditEngine): Router {
  const router = Router();
  router.get('/customers/:customerId/balance', (req, res) => {
    const principal = requirePrincipal(res);
    const { currencyId, resourceId } = validate(PoolQuery, req.query, 'query');
    const { customerId } = req.params;
    if (
      principal.kind === 'customer' &&
      (principal.customerId !== customerId ||
        (principal.resourceIds !== null && !principal.resourceIds.includes(resourceId ?? '')))
    ) {
      throw new HttpError(404, 'not_found', `No pool of customer "${customerId}" is visible to this token.`);
    }
    res.json(engine.balance({ customerId, currencyId, resourceId: resourceId ?? null }));
  });
  return router;
}
