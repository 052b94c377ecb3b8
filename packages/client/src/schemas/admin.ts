import { z } from 'zod';
import { Actor, Cursor, DecimalString, Id, IdempotencyKey, PageQuery, Reason, Timestamp } from './common';
import { LedgerEntry } from './ledger';

export const CreateAdjustmentBody = z.strictObject({
  currencyId: Id,
  resourceId: Id.optional(),
  amount: DecimalString.refine((v) => !/^-?0+(\.0+)?$/.test(v), 'must not be zero').meta({
    description: 'Signed: positive adds credits, negative removes them.',
  }),
  reason: Reason.meta({ description: 'Required: it is shown in the ledger and the audit log.' }),
  idempotencyKey: IdempotencyKey.optional(),
});

export const Adjustment = z
  .object({
    id: z.string(),
    entries: z.array(LedgerEntry).meta({ description: 'One entry per grant touched.' }),
    balanceAfter: DecimalString,
  })
  .meta({ id: 'Adjustment' });
export type Adjustment = z.infer<typeof Adjustment>;

export const AuditEntry = z
  .object({
    sequence: z.number().int(),
    action: z.string().meta({ example: 'grant.voided' }),
    customerId: z.string().nullable(),
    targetId: z.string().meta({ description: 'What changed: a grant, policy, receipt, currency…' }),
    actor: Actor,
    reason: z.string().nullable(),
    at: Timestamp,
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditListQuery = z.strictObject({ customerId: Id.optional(), ...PageQuery });
export const AuditPage = z.object({ data: z.array(AuditEntry), nextCursor: Cursor }).meta({ id: 'AuditPage' });

export const ClockState = z
  .object({
    now: Timestamp,
    controllable: z.boolean().meta({ description: 'True in demo mode, where the clock can be set.' }),
  })
  .meta({ id: 'ClockState' });
export type ClockState = z.infer<typeof ClockState>;

export const SetClockBody = z
  .strictObject({
    to: Timestamp.optional(),
    advanceSeconds: z
      .number()
      .int()
      .min(1)
      .max(366 * 86_400)
      .optional(),
  })
  .refine((b) => (b.to === undefined) !== (b.advanceSeconds === undefined), {
    message: 'send exactly one of `to` (an instant) or `advanceSeconds`',
    path: ['to'],
  });

export const TokenScope = z
  .enum(['read', 'checkout', 'auto_recharge'])
  .meta({ id: 'TokenScope', description: '`read` data, buy top-ups (`checkout`), change the `auto_recharge` policy.' });
export type TokenScope = z.infer<typeof TokenScope>;

export const MintTokenBody = z.strictObject({
  customerId: Id,
  resourceIds: z
    .array(Id)
    .max(100)
    .optional()
    .meta({ description: 'Limit the token to these resource pools; every pool of the customer when omitted.' }),
  scopes: z.array(TokenScope).min(1).optional().meta({ description: 'All three when omitted.' }),
  expiresInSeconds: z
    .number()
    .int()
    .min(60)
    .max(30 * 86_400)
    .optional()
    .meta({ description: '3600 when omitted.' }),
});
export type MintTokenBody = z.infer<typeof MintTokenBody>;

export const CustomerToken = z
  .object({
    token: z.string(),
    expiresAt: Timestamp,
    customerId: z.string(),
    resourceIds: z.array(z.string()).nullable(),
    scopes: z.array(TokenScope),
  })
  .meta({ id: 'CustomerToken' });
export type CustomerToken = z.infer<typeof CustomerToken>;
