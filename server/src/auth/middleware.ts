import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { ApiError } from '@creditkit/api';
import type { Principal } from './principal';
import { isSecretKey } from './secret-key';
import type { TokenIssuer } from './tokens';

/** The principal `authenticate` found, or null when the request carried no credential. */
export function principalOf(res: Response): Principal | null {
  return (res.locals.principal as Principal | undefined) ?? null;
}

function bearerOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!match) {
      throw new ApiError(
        401,
        'invalid_credentials',
        'The Authorization header must read "Bearer <secret key or customer token>".',
      );
    }
    return match[1]!;
  }
  // EventSource cannot set headers, so the live stream also takes the token as `access_token`.
  const fromQuery = req.method === 'GET' && req.path.endsWith('/stream') ? req.query.access_token : undefined;
  return typeof fromQuery === 'string' && fromQuery ? fromQuery : null;
}

/** Turns `Authorization: Bearer …` into `res.locals.principal`; a bad credential is a 401. */
export function authenticate(secretKey: string, tokens: TokenIssuer): RequestHandler {
  return (req, res, next) => {
    const credential = bearerOf(req);
    if (credential === null) return next();
    if (isSecretKey(credential, secretKey)) {
      res.locals.principal = { kind: 'secret' } satisfies Principal;
      return next();
    }
    tokens.verify(credential).then((principal) => {
      res.locals.principal = principal;
      next();
    }, next);
  };
}

export interface RateLimitOptions {
  /** Requests one customer token's customer may make per window. Default 600. */
  limit?: number;
  /** The window in milliseconds. Default one minute. */
  windowMs?: number;
}

/**
 * Limits what a browser holding a customer token can ask for; the secret key (server to server)
 * is not limited, so ingestion from a backend keeps its throughput.
 */
export function customerRateLimit({ limit = 600, windowMs = 60_000 }: RateLimitOptions = {}): RequestHandler {
  const limiter = rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (_req, res) => principalOf(res)?.kind !== 'customer',
    keyGenerator: (_req, res) => {
      const principal = principalOf(res);
      return principal?.kind === 'customer' ? `customer:${principal.customerId}` : 'none';
    },
    handler: (_req, _res, next, options) => {
      next(
        new ApiError(
          429,
          'rate_limited',
          `Too many requests for this customer: at most ${String(options.limit)} per ${Math.round(windowMs / 1000)} s; wait and retry (see the RateLimit headers).`,
        ),
      );
    },
  });
  // Requests it would skip do not enter the limiter at all: it would still take an async step
  // and work out the client's address for each, on every ingestion request made with the secret key.
  return (req, res, next) => (principalOf(res)?.kind === 'customer' ? limiter(req, res, next) : next());
}
