import type { z } from 'zod';
import { HttpError } from './errors';

/** Parses part of a request with its contract schema, or refuses it with field details. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, where: 'query' | 'body' | 'path'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || where,
    message: issue.message,
  }));
  const first = fields[0];
  throw new HttpError(
    400,
    'invalid_request',
    `The ${where} is invalid: ${first ? `${first.field} ${first.message}` : 'it does not match the contract'}.`,
    { fields },
  );
}
