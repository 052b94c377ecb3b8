import { operations, type OperationId } from './contract/operations';
import type { ClientOperationId, InputIsOptional, OperationInput, OperationOutput } from './contract/types';
import { CreditsApiError, toApiError } from './errors';
import { subscribeEvents, type SubscribeEventsOptions } from './sse';

export interface CreditsClientOptions {
  /** Where the contract is served, e.g. `https://credits.example.com` (without `/v1`). */
  baseUrl: string;
  /** A customer token (browser) or the secret key (server to server); a function is asked on every request. */
  token?: string | (() => string | undefined);
  /** Replaces the global `fetch`, e.g. in tests or to add headers. Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** Aborts the request; the promise then rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal;
}

/** The pool a read is about: `resourceId` null or omitted means the customer's global pool. */
export interface PoolParams {
  customerId: string;
  currencyId: string;
  resourceId?: string | null;
}

type Call<K extends ClientOperationId> =
  InputIsOptional<K> extends true
    ? (input?: OperationInput<K>, options?: RequestOptions) => Promise<OperationOutput<K>>
    : (input: OperationInput<K>, options?: RequestOptions) => Promise<OperationOutput<K>>;

/** One typed function per operation of the contract, named by its operation id. */
export type CreditsClient = { [K in ClientOperationId]: Call<K> } & {
  /** Live events of one customer over Server-Sent Events; returns a function that stops it. */
  subscribeEvents(options: SubscribeEventsOptions): () => void;
};

type Fields = Record<string, unknown>;

/** A typed client of the creditkit HTTP contract. Any backend that speaks the contract works. */
export function createCreditsClient(options: CreditsClientOptions): CreditsClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch: typeof fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
  const token = () => (typeof options.token === 'function' ? options.token() : options.token);

  async function call(id: OperationId, input: Fields = {}, init: RequestOptions = {}): Promise<unknown> {
    const operation: { method: string; path: string; produces?: string } = operations[id];
    const { path, rest } = fillPath(operation.path, input);
    const isRead = operation.method === 'GET';
    const headers = new Headers({ accept: operation.produces ?? 'application/json' });
    const bearer = token();
    if (bearer) headers.set('authorization', `Bearer ${bearer}`);
    if (!isRead) headers.set('content-type', 'application/json');
    const url = `${base}${path}${isRead ? toSearch(rest) : ''}`;
    let response: Response;
    try {
      response = await doFetch(url, {
        method: operation.method,
        headers,
        body: isRead ? undefined : JSON.stringify(rest),
        signal: init.signal,
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new CreditsApiError(0, {
        code: 'network_error',
        message: `Could not reach the credits server at ${base}: check the baseUrl and the connection, then retry.`,
        details: { cause: error instanceof Error ? error.message : String(error) },
      });
    }
    if (!response.ok) throw await toApiError(response);
    return operation.produces === 'text/csv' ? response.text() : response.json();
  }

  const client: Record<string, unknown> = {
    subscribeEvents: (subscription: SubscribeEventsOptions) =>
      subscribeEvents({ base, fetch: doFetch, token }, subscription),
  };
  for (const id of Object.keys(operations) as OperationId[]) {
    if (id !== 'streamEvents') client[id] = (input?: Fields, init?: RequestOptions) => call(id, input, init);
  }
  // The loop above gives every operation id its function; the mapped type cannot see that.
  return client as CreditsClient;
}

/** Puts path parameters into the template; what is left goes to the query or the body. */
function fillPath(template: string, input: Fields): { path: string; rest: Fields } {
  const rest: Fields = { ...input };
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = rest[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`The path ${template} needs "${name}"; pass it in the call's input.`);
    }
    delete rest[name];
    return encodeURIComponent(String(value));
  });
  return { path, rest };
}

function toSearch(fields: Fields): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) search.append(key, String(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
