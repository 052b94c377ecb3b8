import { z } from 'zod';
import { DecimalString, Dimensions, Id, IdempotencyKey, NonNegativeDecimal, Timestamp } from './common';
import { LedgerEntry } from './ledger';

export const UsageEventInput = z
  .strictObject({
    customerId: Id,
    resourceId: Id.optional().meta({ description: 'The resource pool to draw from; the global pool when omitted.' }),
    featureId: Id,
    value: NonNegativeDecimal.meta({ description: 'Units of the feature used; credits = value × rate.' }),
    timestamp: Timestamp.optional().meta({ description: 'When the usage happened; now when omitted.' }),
    idempotencyKey: IdempotencyKey.optional(),
    dimensions: Dimensions.optional(),
  })
  .meta({ id: 'UsageEventInput' });
export type UsageEventInput = z.input<typeof UsageEventInput>;

export const IdempotencyHeaders = z.object({
  'idempotency-key': IdempotencyKey.optional().meta({
    description: 'Same as `idempotencyKey` in the body; when both are sent they must be equal.',
  }),
});

export const UsageResult = z
  .object({
    eventId: z.string(),
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    featureId: z.string(),
    credits: DecimalString.meta({ description: 'Credits the event consumed.' }),
    balanceAfter: DecimalString,
    overage: DecimalString.meta({ description: 'Part of the credits that went beyond the grants (soft limit).' }),
    duplicate: z.boolean().meta({
      description: 'True when the idempotency key was seen before: nothing changed, this is the first result.',
    }),
    entries: z.array(LedgerEntry).meta({ description: 'One entry per grant drawn.' }),
  })
  .meta({ id: 'UsageResult' });
export type UsageResult = z.infer<typeof UsageResult>;

export const UsageBatchBody = z.strictObject({
  events: z.array(UsageEventInput).min(1).max(1000),
});

const BatchError = z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() });

export const UsageBatchResult = z
  .object({
    accepted: z.number().int().meta({ description: 'Events applied now or earlier (duplicates).' }),
    rejected: z.number().int(),
    results: z.array(
      z.discriminatedUnion('ok', [
        z.object({ ok: z.literal(true), result: UsageResult }),
        z.object({ ok: z.literal(false), error: BatchError }),
      ]),
    ),
  })
  .meta({ id: 'UsageBatchResult', description: 'Each event succeeds or fails on its own; results in the order sent.' });
export type UsageBatchResult = z.infer<typeof UsageBatchResult>;

export const EntitlementCheckBody = z.strictObject({
  featureId: Id,
  requestedUsage: NonNegativeDecimal.optional().meta({ description: 'Units of the feature; "1" when omitted.' }),
  resourceId: Id.optional(),
  dimensions: Dimensions.optional(),
});

export const EntitlementCheck = z
  .object({
    isGranted: z.boolean(),
    requestedCredits: DecimalString,
    balance: DecimalString,
    reason: z
      .enum(['ok', 'soft_limit_overage', 'insufficient_credits'])
      .meta({ description: '`soft_limit_overage`: granted, but the balance would go negative.' }),
  })
  .meta({ id: 'EntitlementCheck' });
export type EntitlementCheck = z.infer<typeof EntitlementCheck>;
