import { z } from 'zod';
import { Actor, DecimalString, Id, NonNegativeDecimal, Timestamp } from './common';

export const AutoRechargeParams = z.strictObject({ customerId: Id, currencyId: Id });

export const AutoRechargePolicy = z
  .object({
    customerId: z.string(),
    currencyId: z.string(),
    enabled: z.boolean(),
    threshold: DecimalString.meta({ description: 'A consumption that leaves a pool below this buys credits.' }),
    target: DecimalString.meta({ description: 'The balance a recharge buys up to.' }),
    monthlySpendLimit: DecimalString.nullable().meta({
      description: 'Most money (billing currency) spent on recharges per calendar month (UTC); `null` = no limit.',
    }),
    minIntervalSeconds: z.number().int().meta({ description: 'Least time between two recharges of one pool.' }),
    updatedAt: Timestamp,
    actor: Actor,
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
  minIntervalSeconds: z.number().int().min(0).max(86_400).optional().meta({ description: '0 when omitted.' }),
});

export const RechargeAttempt = z
  .object({
    id: z.string(),
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    status: z.enum(['in_flight', 'succeeded', 'failed']),
    credits: DecimalString,
    total: DecimalString.meta({ description: 'Money charged, in the billing currency.' }),
    billingCurrency: z.string(),
    grantId: z.string().nullable(),
    reason: z.string().nullable(),
    at: Timestamp,
  })
  .meta({ id: 'RechargeAttempt' });

export const AutoRechargeStatus = z
  .object({
    policy: AutoRechargePolicy.nullable().meta({ description: '`null` until a policy is set.' }),
    monthSpend: DecimalString.meta({ description: 'Money spent (or being spent) on recharges this calendar month.' }),
    monthlySpendLimit: DecimalString.nullable(),
    billingCurrency: z.string().nullable(),
    lastRecharge: RechargeAttempt.nullable(),
  })
  .meta({ id: 'AutoRechargeStatus' });
export type AutoRechargeStatus = z.infer<typeof AutoRechargeStatus>;
