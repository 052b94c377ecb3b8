import { errorStatus } from '@creditkit/client';
import { CreditError } from '@creditkit/core';
import { HttpResponse, type JsonBodyType } from 'msw';
import type { z } from 'zod';

/** Answers like the server: the value as JSON, or the error envelope with the same status. */
export async function respond(work: () => unknown): Promise<Response> {
  try {
    return HttpResponse.json((await work()) as JsonBodyType);
  } catch (error) {
    if (error instanceof CreditError) {
      return HttpResponse.json(
        { error: { code: error.code, message: error.message, details: error.details } },
        { status: errorStatus[error.code] ?? 400 },
      );
    }
    if (error instanceof InvalidRequest) {
      return HttpResponse.json(
        { error: { code: 'invalid_request', message: error.message, details: error.details } },
        { status: 400 },
      );
    }
    throw error;
  }
}

export class InvalidRequest extends Error {
  constructor(
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }
}

/** The same validation the server applies, with the same sentence. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, where: 'query' | 'body' | 'path'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ field: issue.path.join('.') || where, message: issue.message }));
  const first = fields[0];
  throw new InvalidRequest(
    `The ${where} is invalid: ${first ? `${first.field} ${first.message}` : 'it does not match the contract'}.`,
    { fields },
  );
}

export const searchParams = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);
