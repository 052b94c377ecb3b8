import { z } from 'zod';
import { DecimalString, Id } from './common';

export const PoolQuery = z.object({
  currencyId: Id,
  resourceId: Id.optional().meta({ description: 'The resource whose pool to read; omit for the global pool.' }),
});
export type PoolQuery = z.infer<typeof PoolQuery>;

export const CurrencySummary = z
  .object({
    id: z.string(),
    displayName: z.string(),
    unitSingular: z.string(),
    unitPlural: z.string(),
    symbol: z.string().optional(),
    precision: z.number().int(),
  })
  .meta({ id: 'CurrencySummary' });
export type CurrencySummary = z.infer<typeof CurrencySummary>;

export const Balance = z
  .object({
    currency: CurrencySummary,
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    balance: DecimalString,
    precision: z.number().int(),
    asOf: z.iso.datetime(),
  })
  .meta({ id: 'Balance' });
export type Balance = z.infer<typeof Balance>;
