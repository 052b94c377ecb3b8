import { ApiError, errorResponse } from '@creditkit/api';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { toResponse } from './handlers';

/** Ways the network can fail a widget, each a handler group that stories and tests put first. */
export type NetworkCondition = 'slow' | 'server-error' | 'unauthorized' | 'offline';
export const networkConditions: readonly NetworkCondition[] = ['slow', 'server-error', 'unauthorized', 'offline'];

export interface NetworkOptions {
  /** Where the mocked contract lives; matches any origin when omitted. */
  baseUrl?: string;
  /** How long `slow` holds every answer, in milliseconds, or `infinite` to never answer. Default 2500. */
  delayMs?: number | 'infinite';
}

/** What the reference server answers when it fails: the envelope of any unexpected error. */
const serverError = () => toResponse(errorResponse(new Error('mocked server failure')));
/** What it answers when the browser's customer token has expired. */
const unauthorized = () =>
  toResponse(
    errorResponse(
      new ApiError(401, 'token_expired', 'The customer token has expired; mint a new one with the secret key.'),
    ),
  );

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
      return [http.all(routes, serverError)];
    case 'unauthorized':
      return [http.all(routes, unauthorized)];
    case 'offline':
      return [http.all(routes, () => HttpResponse.error())];
  }
}
