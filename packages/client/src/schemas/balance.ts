import { z } from 'zod';
import { Currency, EnforcementMode } from './catalog';
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

const pool = {
  customerId: z.string(),
  currencyId: z.string(),
  resourceId: z.string().nullable().meta({ description: "`null`: the customer's global pool." }),
};

export const Balance = z
  .object({
    ...pool,
    currency: CurrencySummary,
    balance: DecimalString.meta({ description: 'Negative only under a soft limit.' }),
    precision: z.number().int(),
    state: z
      .enum(['ok', 'low', 'depleted'])
      .optional()
      .meta({ description: "`depleted` at or below zero, `low` below the currency's threshold." }),
    lowBalanceThreshold: DecimalString.nullable().optional(),
    overage: DecimalString.optional().meta({ description: 'Credits used beyond the grants (soft limit).' }),
    scheduled: DecimalString.optional().meta({ description: 'Credits of grants that become active later.' }),
    rechargeInFlight: DecimalString.optional().meta({ description: 'An auto-recharge being paid for now.' }),
    enforcement: EnforcementMode.optional(),
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
    pools: z.array(Balance).meta({ description: 'The global pool and each resource pool.' }),
    totals: z.array(z.object({ currencyId: z.string(), balance: DecimalString })),
  })
  .meta({ id: 'BalanceSummary' });
export type BalanceSummary = z.infer<typeof BalanceSummary>;

export const Utilization = z
  .object({
    ...pool,
    periodStart: Timestamp.meta({ description: "The subscription's period, else the calendar month (UTC)." }),
    periodEnd: Timestamp,
    cadence: z.enum(['day', 'week', 'month', 'year']),
    granted: DecimalString.meta({ description: 'Credits that became active in this period.' }),
    used: DecimalString,
    remaining: DecimalString.meta({ description: 'The balance now.' }),
    total: DecimalString.meta({ description: "`used + max(remaining, 0)`: the meter's full scale." }),
  })
  .meta({ id: 'Utilization' });
export type Utilization = z.infer<typeof Utilization>;

export const ForecastQuery = PoolQuery.extend({
  windowDays: z.coerce
    .number()
    .int()
    .min(1)
    .max(90)
    .optional()
    .meta({ description: 'Days of recent usage the burn rate is averaged over; 7 when omitted.' }),
});

export const Forecast = z
  .object({
    ...pool,
    windowDays: z.number().int(),
    burnRatePerDay: DecimalString,
    balance: DecimalString,
    runOutAt: Timestamp.nullable().meta({ description: '`null` when nothing is being used.' }),
    asOf: Timestamp,
  })
  .meta({ id: 'Forecast' });
export type Forecast = z.infer<typeof Forecast>;
