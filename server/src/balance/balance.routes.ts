import { PoolQuery } from '@creditkit/client';
import type { CreditEngine } from '@creditkit/core';
import { Router } from 'express';
import { validate } from '../http/validate';

export function balanceRoutes(engine: CreditEngine): Router {
  const router = Router();
  router.get('/customers/:customerId/balance', (req, res) => {
    const { currencyId, resourceId } = validate(PoolQuery, req.query, 'query');
    res.json(engine.balance({ customerId: req.params.customerId, currencyId, resourceId: resourceId ?? null }));
  });
  return router;
}
