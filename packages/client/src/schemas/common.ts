import { z } from 'zod';

/** Credits and money travel as decimal strings, never as JSON numbers. */
export const DecimalString = z
  .string()
  .max(40)
  .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number written as a string, like "12.5"')
  .meta({ id: 'DecimalString', example: '1250.000' });

/** The patterns below, for code that checks the same rules without zod (the usage fast path). */
export const NON_NEGATIVE_DECIMAL_PATTERN = /^\d+(\.\d+)?$/;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
export const DIMENSION_KEY_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

/** A decimal string that may not be negative (amounts to grant, usage values, thresholds). */
export const NonNegativeDecimal = z
  .string()
  .max(40)
  .regex(NON_NEGATIVE_DECIMAL_PATTERN, 'must be a decimal number of zero or more written as a string, like "12.5"')
  .meta({ id: 'NonNegativeDecimal', example: '500' });

export const Id = z
  .string()
  .min(1)
  .max(128)
  .regex(ID_PATTERN, 'may contain only letters, digits, ".", "_", ":" and "-"');

/** An ISO 8601 instant. The engine answers in UTC (`…Z`); requests may carry an offset. */
export const Timestamp = z.iso
  .datetime({ offset: true })
  .meta({ id: 'Timestamp', example: '2026-11-15T12:00:00.000Z' });

/** Sent again with the same payload, a mutation returns its first result and changes nothing. */
export const IdempotencyKey = z
  .string()
  .min(1)
  .max(255)
  .meta({ description: 'Makes the request safe to retry: the same key and payload return the first result.' });

export const Reason = z.string().min(1).max(500);

/** Free string pairs on usage events (`model`, `user_id`, `region`…), used to group and filter usage. */
export const Dimensions = z
  .record(
    z.string().regex(DIMENSION_KEY_PATTERN, 'keys may contain only letters, digits, "_", "." and "-" (64 at most)'),
    z.string().max(256),
  )
  .meta({ id: 'Dimensions', example: { model: 'gpt-4o', user_id: 'user-42' } });

export const Actor = z
  .object({
    type: z.enum(['admin', 'customer', 'system', 'subscription']),
    id: z.string(),
  })
  .meta({ id: 'Actor', description: 'Who made a change: shown on every ledger entry and audit record.' });
export type Actor = z.infer<typeof Actor>;

/** Pagination: pass a page's `nextCursor` back as `cursor` to read the next page. */
export const PageQuery = {
  cursor: z.string().min(1).max(512).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional().meta({ description: 'Page size; 50 when omitted.' }),
};

export const Cursor = z
  .string()
  .nullable()
  .meta({ description: 'Pass as `cursor` to read the next page; `null` on the last page.' });

export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'insufficient_credits' }),
      message: z.string().meta({ example: 'The balance of 2.000 cannot cover 5.000 credits.' }),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

export const CustomerParams = z.strictObject({ customerId: Id });

/** A pool: the customer's global pool when `resourceId` is omitted. */
export const PoolQuery = z.strictObject({
  currencyId: Id,
  resourceId: Id.optional().meta({ description: 'The resource whose pool to read; omit for the global pool.' }),
});
export type PoolQuery = z.infer<typeof PoolQuery>;
