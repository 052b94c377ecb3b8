import { errors, jwtVerify, SignJWT } from 'jose';
import { hkdfSync } from 'node:crypto';
import { HttpError } from '../http/errors';
import type { Principal } from './principal';

const ISSUER = 'creditkit';
const AUDIENCE = 'creditkit-api';
/** Default lifetime of a customer token: long enough for a browser session, short enough to leak safely. */
export const DEFAULT_TOKEN_TTL_SECONDS = 60 * 60;
/** Longest lifetime a token may be minted with: 30 days. */
export const MAX_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface MintTokenInput {
  customerId: string;
  /** Limits the token to these resources' pools; omitted or empty means every pool of the customer. */
  resourceIds?: string[] | null;
  scopes: string[];
  /** Lifetime in seconds; default one hour, at most 30 days. */
  expiresInSeconds?: number;
}

export interface MintedToken {
  token: string;
  expiresAt: string;
}

/**
 * Customer tokens: JWTs signed with HS256 by `jose`, with a signing key derived from the secret
 * key by HKDF (so the secret itself never signs anything and rotating it revokes every token).
 */
export class TokenIssuer {
  readonly #key: Uint8Array;
  readonly #now: () => Date;

  constructor(secretKey: string, now: () => Date = () => new Date()) {
    this.#key = new Uint8Array(hkdfSync('sha256', secretKey, 'creditkit', 'customer-token-signing-key', 32));
    this.#now = now;
  }

  async mint(input: MintTokenInput): Promise<MintedToken> {
    const ttl = input.expiresInSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_TTL_SECONDS) {
      throw new HttpError(
        400,
        'invalid_request',
        `expiresInSeconds must be a whole number from 1 to ${MAX_TOKEN_TTL_SECONDS} (30 days); got ${ttl}.`,
      );
    }
    const issuedAt = Math.floor(this.#now().getTime() / 1000);
    const expires = issuedAt + ttl;
    const token = await new SignJWT({
      rid: input.resourceIds?.length ? input.resourceIds : null,
      scope: input.scopes.join(' '),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(input.customerId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expires)
      .sign(this.#key);
    return { token, expiresAt: new Date(expires * 1000).toISOString() };
  }

  /** The principal a token stands for; a 401 sentence when it is expired, forged or malformed. */
  async verify(token: string): Promise<Extract<Principal, { kind: 'customer' }>> {
    try {
      const { payload } = await jwtVerify(token, this.#key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: this.#now(),
      });
      const rid = payload.rid;
      const scope = payload.scope;
      if (typeof payload.sub !== 'string' || typeof scope !== 'string' || !(rid === null || isStringArray(rid))) {
        throw new errors.JWTClaimValidationFailed('missing creditkit claims', payload);
      }
      return {
        kind: 'customer',
        customerId: payload.sub,
        resourceIds: rid,
        scopes: scope.split(' ').filter(Boolean),
        expiresAt: new Date((payload.exp ?? 0) * 1000).toISOString(),
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw new HttpError(
          401,
          'token_expired',
          'The customer token has expired; mint a new one with the secret key.',
        );
      }
      throw new HttpError(
        401,
        'invalid_token',
        'The bearer credential is neither the secret key nor a customer token signed by this server; mint a token with POST /v1/tokens.',
      );
    }
  }
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
