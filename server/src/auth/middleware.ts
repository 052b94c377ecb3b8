import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit, type Options } from 'express-rate-limit';
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

/**
 * Counts failed authentications per client address. Past `limit` in one window, every request
 * from that address that carries a credential gets a 429 without being checked, right or wrong:
 * otherwise the one answer that is not a 429 would tell a guesser it guessed right.
 */
export class FailedAuthGuard {
  private readonly store = new MemoryStore();
  /** Until when some address may be at the limit; before any reaches it, `check` has nothing to look up. */
  private lockedUntil = 0;
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {
    // The store only reads the window from the options; its timer is unref'd, so it never holds the process open.
    this.store.init({ windowMs } as Options);
  }
  private key = (req: Request) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');
  /**
   * Whether some address may have used up its failures. Counts only grow through `fail`, which
   * sees every new count, so while this is false no address can be locked out and the lookup
   * (an address and an asynchronous step on every authenticated request) can be skipped.
   */
  mayBeLocked(): boolean {
    return this.lockedUntil !== 0 && Date.now() < this.lockedUntil;
  }
  /** Throws the 429 when the request's address has used up its failures. */
  async check(req: Request, res: Response): Promise<void> {
    const seen = await this.store.get(this.key(req));
    if (!seen || seen.totalHits < this.limit) return;
    const wait = Math.max(1, Math.ceil(((seen.resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000));
    res.setHeader('retry-after', String(wait));
    throw new ApiError(
      429,
      'auth_rate_limited',
      `Too many failed authentications from this address: at most ${this.limit} per ${Math.round(this.windowMs / 1000)} s. ` +
        `Check the secret key or mint a new customer token, then retry in ${wait} s.`,
    );
  }
  async fail(req: Request): Promise<void> {
    const { totalHits, resetTime } = await this.store.increment(this.key(req));
    if (totalHits >= this.limit) {
      // Without a reset time the count never expires: look it up from now on.
      this.lockedUntil = Math.max(this.lockedUntil, resetTime?.getTime() ?? Number.POSITIVE_INFINITY);
    }
  }
  close(): void {
    this.store.shutdown();
  }
}

/**
 * Turns `Authorization: Bearer …` into `res.locals.principal`; a bad credential is a 401, and
 * counts against the client's address in `guard`.
 */
export function authenticate(secretKey: string, tokens: TokenIssuer, guard?: FailedAuthGuard): RequestHandler {
  const reject = (req: Request, error: unknown, next: (error: unknown) => void) => {
    if (!guard) return next(error);
    guard.fail(req).then(() => next(error), next);
  };
  const secretKeyBytes = Buffer.from(secretKey);
  return (req, res, next) => {
    let credential: string | null;
    try {
      credential = bearerOf(req);
    } catch (error) {
      return reject(req, error, next);
    }
    if (credential === null) return next();
    const verify = () => {
      if (isSecretKey(credential, secretKeyBytes)) {
        res.locals.principal = { kind: 'secret' } satisfies Principal;
        return next();
      }
      tokens.verify(credential).then(
        (principal) => {
          res.locals.principal = principal;
          next();
        },
        (error: unknown) => reject(req, error, next),
      );
    };
    if (!guard?.mayBeLocked()) return verify();
    guard.check(req, res).then(verify, next);
  };
}

export interface RateLimitOptions {
  /** Requests one customer token's customer may make per window. Default 600. */
  limit?: number;
  /** The window in milliseconds. Default one minute. */
  windowMs?: number;
  /**
   * Failed authentications (wrong secret key, forged, expired or malformed token) one client
   * address may make per window; past it, its credentialed requests get 429. Default 30.
   */
  failedAuthLimit?: number;
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
