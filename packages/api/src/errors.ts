import { errorStatus } from '@creditkit/client';
import { CreditError } from '@creditkit/core';
import type { ApiResponse } from './context';

/** An HTTP-level refusal (auth, validation, routing) in the same envelope as engine errors. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const envelope = (code: string, message: string, details?: unknown) => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Engine errors by their code's status, API errors as they are; anything else is a 500 that says nothing internal. */
export function errorResponse(error: unknown): ApiResponse {
  if (error instanceof ApiError) {
    return { status: error.status, body: envelope(error.code, error.message, error.details) };
  }
  if (error instanceof CreditError) {
    const status = errorStatus[error.code] ?? (error.code === 'unavailable' ? 503 : 400);
    return { status, body: envelope(error.code, error.message, error.details) };
  }
  return {
    status: 500,
    body: envelope(
      'internal',
      'The credits server failed on this request. Retry it with the same idempotency key (nothing is applied twice), and report it if it persists.',
    ),
  };
}
