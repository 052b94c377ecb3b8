import type { z } from 'zod';
import { CreditsApiError } from './errors';
import { Balance, ErrorEnvelope } from './schemas';

export interface CreditsClientOptions {
  /** Where the contract is served, e.g. `https://credits.example.com` (without `/v1`). */
  baseUrl: string;
  /** A customer token (browser) or the secret key (server to server). */
  token?: string | (() => string | undefined);
  /** Replaces the global `fetch`, e.g. in tests or to add headers. */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface PoolParams {
  customerId: string;
  currencyId: string;
  resourceId?: string | null;
}

export type CreditsClient = ReturnType<typeof createCreditsClient>;

/** A typed client of the creditkit HTTP contract. Any backend that speaks the contract works. */
export function createCreditsClient(options: CreditsClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function request<T>(schema: z.ZodType<T>, path: string, init: RequestInit = {}): Promise<T> {
    const token = typeof options.token === 'function' ? options.token() : options.token;
    const headers = new Headers(init.headers);
    headers.set('accept', 'application/json');
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    const response = await doFetch(`${base}/v1${path}`, { ...init, headers });
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const envelope = ErrorEnvelope.safeParse(body);
      throw new CreditsApiError(
        response.status,
        envelope.success
          ? envelope.data.error
          : { code: 'http_error', message: `The server answered ${response.status} without an error envelope.` },
      );
    }
    return schema.parse(body);
  }

  const query = (params: Record<string, string | number | null | undefined>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== null) search.set(key, String(value));
    }
    const text = search.toString();
    return text ? `?${text}` : '';
  };
  const customer = (id: string) => `/customers/${encodeURIComponent(id)}`;

  return {
    /** The balance of one pool: the customer's global pool, or one resource's. */
    getBalance(params: PoolParams, init?: RequestOptions): Promise<Balance> {
      return request(
        Balance,
        `${customer(params.customerId)}/balance${query({ currencyId: params.currencyId, resourceId: params.resourceId })}`,
        init,
      );
    },
  };
}
