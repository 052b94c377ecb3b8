import type { ErrorEnvelope } from './schemas';

/** Thrown by the client for any non-2xx answer; carries the envelope's stable `code`. */
export class CreditsApiError extends Error {
  override readonly name = 'CreditsApiError';
  readonly code: string;
  readonly details: unknown;
  constructor(
    readonly status: number,
    envelope: ErrorEnvelope['error'],
  ) {
    super(envelope.message);
    this.code = envelope.code;
    this.details = envelope.details;
  }
}

/**
 * The HTTP status of each engine error code: one table shared by the server and the mocks so
 * both answer the same thing.
 */
export const errorStatus: Readonly<Record<string, number>> = {
  invalid_amount: 400,
  invalid_request: 400,
  not_found: 404,
  conflict: 409,
  idempotency_conflict: 409,
  insufficient_credits: 402,
  quote_expired: 409,
  payment_declined: 402,
  forbidden: 403,
  unauthorized: 401,
  method_not_allowed: 405,
  unavailable: 503,
};

/** The error of a non-2xx answer: its envelope when it has one, else a sentence naming the status. */
export async function toApiError(response: Response): Promise<CreditsApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new CreditsApiError(response.status, { code: error.code, message: error.message, details: error.details });
  }
  return new CreditsApiError(response.status, {
    code: 'http_error',
    message: `The server answered ${response.status} without an error envelope; is baseUrl pointing at a creditkit server?`,
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
