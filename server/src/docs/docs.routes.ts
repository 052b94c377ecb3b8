import { buildOpenApiDocument } from '@creditkit/api';
import { Router } from 'express';
import { docsSecurityHeaders } from '../http/security';
import { renderReference } from './render';

/** `/v1/openapi.json` and the reference page `/v1/docs`, both public and built once. */
export function docsRoutes(): Router {
  const router = Router();
  let document: unknown = null;
  let page: string | null = null;
  const doc = () => (document ??= buildOpenApiDocument());
  router.get('/v1/openapi.json', (_req, res) => {
    res.json(doc());
  });
  router.get(['/v1/docs', '/docs'], docsSecurityHeaders(), (_req, res) => {
    page ??= renderReference(doc());
    res.type('html').send(page);
  });
  return router;
}
