import { z } from 'zod';
import { Currency } from './catalog';
import { DecimalString, Id, PoolQuery, Timestamp } from './common';

/** What a balance carries of its currency, so a widget can format it without a second request. */
export const CurrencySummary = Currency.pick({
  id: true,
  displayName: true,
  unitSingular: true,
  unitPlural: true,
  symbol: true,
  precision: true,
}).meta({ id: 'CurrencySummary' });
export type CurrencySummary = z.infer<typeof CurrencySummary>;

export const Balance = z
  .object({
    currency: CurrencySummary,
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    balance: DecimalString,
    precision: z.number().int(),
    asOf: Timestamp,
  })
  .meta({ id: 'Balance' });
export type Balance = z.infer<typeof Balance>;

export const BalanceSummaryQuery = z.strictObject({
  currencyId: Id.optional().meta({ description: 'Only pools of this currency; every currency when omitted.' }),
});

export const BalanceSummary = z
  .object({
    customerId: z.string(),
    data: z.array(Balance).meta({ description: 'One entry per pool: the global pool and each resource pool.' }),
  })
  .meta({ id: 'BalanceSummary' });
export type BalanceSummary = z.infer<typeof BalanceSummary>;

export const Utilization = z
  .object({
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    periodStart: Timestamp,
    periodEnd: Timestamp,
    total: DecimalString.meta({ description: 'Credits granted into the pool for the period.' }),
    used: DecimalString,
    remaining: DecimalString,
  })
  .meta({ id: 'Utilization' });
export type Utilization = z.infer<typeof Utilization>;

export const ForecastQuery = PoolQuery.extend({
  lookbackDays: z.coerce
    .number()
    .int()
    .min(1)
    .max(90)
    .optional()
    .meta({ description: 'Days of recent usage the burn rate is measured over; 7 when omitted.' }),
});

export const Forecast = z
  .object({
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    balance: DecimalString,
    burnRatePerDay: DecimalString,
    lookbackDays: z.number().int(),
    runOutAt: Timestamp.nullable().meta({ description: '`null` when there is no recent usage to project.' }),
  })
  .meta({ id: 'Forecast' });
export type Forecast = z.infer<typeof Forecast>;
