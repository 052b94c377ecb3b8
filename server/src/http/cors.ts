import type { RequestHandler } from 'express';

/** Origins allowed to call the API from a browser: a list, or `*` for any. */
export type CorsOrigins = readonly string[] | '*';

/** Parses `--cors-origin` / `CREDITKIT_CORS_ORIGIN`: `*`, or origins separated by commas. */
export function parseCorsOrigins(text: string): CorsOrigins {
  const trimmed = text.trim();
  if (trimmed === '*') return '*';
  const origins = trimmed
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      // reported below
    }
    if (!url || url.origin !== origin) {
      throw new Error(
        `--cors-origin takes "*" or origins like "https://app.example.com" separated by commas; "${origin}" is not an origin.`,
      );
    }
  }
  if (origins.length === 0) throw new Error('--cors-origin needs "*" or at least one origin.');
  return origins;
}

/**
 * CORS for a bearer-token API: no cookies are involved, so credentials mode stays off and `*` is
 * a safe default for development; production sets its app's origins.
 */
export function cors(origins: CorsOrigins): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && (origins === '*' || origins.includes(origin))) {
      res.setHeader('access-control-allow-origin', origins === '*' ? '*' : origin);
      if (origins !== '*') res.vary('origin');
      res.setHeader('access-control-expose-headers', 'content-disposition, ratelimit, ratelimit-policy, retry-after');
      if (req.method === 'OPTIONS') {
        res.setHeader('access-control-allow-headers', 'authorization, content-type, idempotency-key, last-event-id');
        res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE');
        res.setHeader('access-control-max-age', '600');
      }
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.status(204).end();
      return;
    }
    next();
  };
}
