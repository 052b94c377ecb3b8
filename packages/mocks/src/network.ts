import { delay, http, HttpResponse, type RequestHandler } from 'msw';

/** Ways the network can fail a widget, each a handler group that stories and tests put first. */
export type NetworkCondition = 'slow' | 'server-error' | 'unauthorized' | 'offline';
export const networkConditions: readonly NetworkCondition[] = ['slow', 'server-error', 'unauthorized', 'offline'];

export interface NetworkOptions {
  /** Where the mocked contract lives; matches any origin when omitted. */
  baseUrl?: string;
  /** How long `slow` holds every answer, in milliseconds, or `infinite` to never answer. Default 2500. */
  delayMs?: number | 'infinite';
}

/** The envelope the server answers with when it fails, so widgets show their real error state. */
const serverError = {
  error: {
    code: 'internal_error',
    message: 'The credit service failed to answer. Try again in a moment; if it keeps failing, check the server logs.',
  },
};
const unauthorized = {
  error: {
    code: 'unauthorized',
    message: 'The customer token has expired. Mint a new one with the secret key and pass it to the provider.',
  },
};

/** Handlers that make every call of the contract slow, fail, be refused or never reach a server. */
export function networkHandlers(condition: NetworkCondition, options: NetworkOptions = {}): RequestHandler[] {
  const routes = `${(options.baseUrl ?? '*').replace(/\/+$/, '')}/v1/*`;
  switch (condition) {
    case 'slow':
      // Answering nothing after the delay hands the request on to the engine's handlers.
      return [
        http.all(routes, async () => {
          await delay(options.delayMs ?? 2500);
        }),
      ];
    case 'server-error':
      return [http.all(routes, () => HttpResponse.json(serverError, { status: 500 }))];
    case 'unauthorized':
      return [http.all(routes, () => HttpResponse.json(unauthorized, { status: 401 }))];
    case 'offline':
      return [http.all(routes, () => HttpResponse.error())];
  }
}
