import { z } from 'zod';
import {
  Actor,
  Cursor,
  DecimalString,
  Id,
  IdempotencyKey,
  NonNegativeDecimal,
  PageQuery,
  PoolQuery,
  Reason,
  Timestamp,
} from './common';

export const GrantType = z
  .enum(['paid', 'promotional', 'recurring', 'top_up', 'auto_recharge'])
  .meta({ id: 'GrantType' });
export type GrantType = z.infer<typeof GrantType>;

export const GrantStatus = z.enum(['scheduled', 'active', 'depleted', 'expired', 'voided']).meta({ id: 'GrantStatus' });
export type GrantStatus = z.infer<typeof GrantStatus>;

export const CostBasis = z
  .object({ amount: DecimalString, currency: z.string().meta({ description: 'ISO 4217 code.' }) })
  .meta({ id: 'CostBasis', description: 'Money paid for the grant, so the cost of each credit is known.' });

export const Grant = z
  .object({
    id: z.string(),
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    type: GrantType,
    status: GrantStatus,
    amount: DecimalString,
    remaining: DecimalString,
    priority: z.number().int().meta({ description: 'Lower is consumed first.' }),
    effectiveAt: Timestamp,
    expiresAt: Timestamp.nullable(),
    costBasis: CostBasis.nullable(),
    source: z.string().nullable(),
    reason: z.string().nullable(),
    actor: Actor,
    subscriptionId: z.string().nullable().meta({ description: 'Set on recurring grants.' }),
    createdAt: Timestamp,
    closedAt: Timestamp.nullable().meta({ description: 'When the grant was depleted, expired or voided.' }),
  })
  .meta({ id: 'Grant' });
export type Grant = z.infer<typeof Grant>;

export const GrantSortField = z.enum(['createdAt', 'effectiveAt', 'expiresAt', 'amount', 'remaining']).meta({
  id: 'GrantSortField',
  description:
    'What the grants list is sorted by. `expiresAt`: a grant that never expires sorts after every dated one. ' +
    'Ties keep creation order.',
});
export type GrantSortField = z.infer<typeof GrantSortField>;

export const GrantSortDirection = z.enum(['asc', 'desc']).meta({ id: 'GrantSortDirection' });
export type GrantSortDirection = z.infer<typeof GrantSortDirection>;

export const GrantListQuery = PoolQuery.extend({
  status: z.array(GrantStatus).max(5).optional().meta({ description: 'Repeatable: grants in any of these states.' }),
  sort: GrantSortField.optional().meta({
    description: '`createdAt` (newest first with the default direction) when omitted. Sorts every grant of the pool.',
  }),
  direction: GrantSortDirection.optional().meta({
    description:
      '`desc` when omitted. A `cursor` continues the sort and direction it was issued for; send the same ones with it.',
  }),
  ...PageQuery,
});

export const GrantPage = z.object({ data: z.array(Grant), nextCursor: Cursor }).meta({ id: 'GrantPage' });
export type GrantPage = z.infer<typeof GrantPage>;

export const CreateGrantBody = z.strictObject({
  currencyId: Id,
  resourceId: Id.optional().meta({
    description: "The resource pool to fund; the customer's global pool when omitted.",
  }),
  type: GrantType.optional().meta({ description: '`paid` when omitted.' }),
  amount: NonNegativeDecimal,
  priority: z.number().int().min(0).max(1_000_000).optional().meta({ description: '100 when omitted.' }),
  effectiveAt: Timestamp.optional().meta({ description: 'Scheduled until then; now when omitted.' }),
  expiresAt: Timestamp.nullable().optional().meta({ description: 'Never expires when omitted or null.' }),
  costBasis: z.strictObject({ amount: NonNegativeDecimal, currency: z.string().length(3) }).optional(),
  source: z.string().max(200).optional(),
  reason: Reason.optional(),
  idempotencyKey: IdempotencyKey.optional(),
});

export const GrantParams = z.strictObject({ customerId: Id, grantId: Id });

export const VoidGrantBody = z.strictObject({
  reason: Reason,
  idempotencyKey: IdempotencyKey.optional(),
});
