import { z } from 'zod';
import { DecimalString, Id, NonNegativeDecimal, Timestamp } from './common';

export const AutoRechargeParams = z.strictObject({ customerId: Id, currencyId: Id });

export const AutoRechargePolicy = z
  .object({
    customerId: z.string(),
    currencyId: z.string(),
    enabled: z.boolean(),
    threshold: DecimalString.meta({ description: 'A pool falling below this balance recharges.' }),
    target: DecimalString.meta({ description: 'The balance a recharge brings the pool back to.' }),
    monthlySpendLimit: DecimalString.nullable().meta({ description: 'Money per calendar month; `null` = no limit.' }),
    moneyCurrency: z.string().optional(),
    minIntervalSeconds: z.number().int().nullable().optional(),
    updatedAt: Timestamp.nullable().optional(),
  })
  .meta({
    id: 'AutoRechargePolicy',
    description: 'One policy per customer and currency; every pool of them recharges on its own.',
  });
export type AutoRechargePolicy = z.infer<typeof AutoRechargePolicy>;

export const UpdateAutoRechargeBody = z.strictObject({
  enabled: z.boolean(),
  threshold: NonNegativeDecimal,
  target: NonNegativeDecimal.meta({ description: 'Must be greater than `threshold`.' }),
  monthlySpendLimit: NonNegativeDecimal.nullable().optional().meta({ description: 'No limit when omitted or null.' }),
  minIntervalSeconds: z.number().int().min(0).max(86_400).nullable().optional(),
});

export const AutoRechargeStatus = z
  .object({
    customerId: z.string(),
    currencyId: z.string(),
    enabled: z.boolean(),
    month: z.string().meta({ description: 'The calendar month (UTC) the spend is counted over, `YYYY-MM`.' }),
    spentThisMonth: DecimalString,
    monthlySpendLimit: DecimalString.nullable(),
    remainingThisMonth: DecimalString.nullable(),
    moneyCurrency: z.string().optional(),
    rechargesThisMonth: z.number().int(),
    lastRecharge: z
      .object({
        at: Timestamp,
        status: z.enum(['succeeded', 'failed']),
        credits: DecimalString,
        resourceId: z.string().nullable(),
        reason: z.string().nullable().optional(),
      })
      .nullable(),
  })
  .meta({ id: 'AutoRechargeStatus' });
export type AutoRechargeStatus = z.infer<typeof AutoRechargeStatus>;
