import type { TokenScope } from '@creditkit/client';
import type { CreditEngine } from '@creditkit/core';

/** Who is calling: the secret key (server to server) or a customer token (a browser). */
export type Principal =
  | { kind: 'secret' }
  | {
      kind: 'customer';
      customerId: string;
      /** The resource pools the token may reach; `null` = every pool of the customer. */
      resourceIds: readonly string[] | null;
      scopes: readonly string[];
    };

export interface MintTokenInput {
  customerId: string;
  resourceIds: string[] | null;
  scopes: TokenScope[];
  expiresInSeconds: number;
}

/** Signs customer tokens; the server injects one (the mocks may inject a fake). */
export interface TokenMinter {
  mint(input: MintTokenInput): Promise<{ token: string; expiresAt: string }>;
}

/** The engine's clock when it can be moved (demo mode), e.g. a `ManualClock`. */
export interface ControllableClock {
  set(to: Date | string): void;
  advance(ms: number): void;
}

export interface ApiContext {
  engine: CreditEngine;
  /** `null` when the request carried no credential (or one that did not verify). */
  principal: Principal | null;
  /** Needed by `mintCustomerToken`; it answers 501 without one. */
  tokens?: TokenMinter;
  /** Lets `setClock` move `clock`. Default false. */
  demoMode?: boolean;
  clock?: ControllableClock;
}

/** A request as an adapter hands it over: nothing parsed beyond JSON and the query string. */
export interface RawInput {
  /** Path parameters, already URL-decoded. */
  params?: Record<string, string | undefined>;
  /** A repeated key is an array (`?filter=a&filter=b`). */
  query?: Record<string, string | readonly string[] | undefined>;
  /** The parsed JSON body; `undefined` when there was none. */
  body?: unknown;
  /** Header names in lower case. */
  headers?: Record<string, string | readonly string[] | undefined>;
  /** Ends an event stream when the client goes away. */
  signal?: AbortSignal;
}

export interface ApiResponse {
  status: number;
  /** JSON to send, or the text of a CSV export. Absent on an event stream. */
  body?: unknown;
  /** `application/json` when absent. */
  contentType?: string;
  headers?: Record<string, string>;
  /** Server-Sent Events frames to write as they come (only `streamEvents`). */
  stream?: AsyncIterable<string>;
}
