import { z } from 'zod';
import { Cursor, Id, Timestamp } from './common';

export const CreditEventType = z
  .enum([
    'credits.granted',
    'credits.grant.usage_low',
    'credits.grant.depleted',
    'credits.expired',
    'credits.grant.voided',
    'credits.balance.usage_low',
    'credits.balance.depleted',
    'credits.auto_recharge.succeeded',
    'credits.auto_recharge.failed',
    'checkout.completed',
  ])
  .meta({ id: 'CreditEventType' });
export type CreditEventType = z.infer<typeof CreditEventType>;

export const CreditEvent = z
  .object({
    sequence: z.number().int().meta({ description: 'Increases by one per event; the SSE stream sends it as the id.' }),
    id: z.string(),
    type: CreditEventType,
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    at: Timestamp,
    data: z
      .record(z.string(), z.unknown())
      .meta({ description: 'Depends on the type: `grant`, `balance`, `threshold`, `amount`, `recharge`, `receipt`.' }),
  })
  .meta({ id: 'CreditEvent' });
export type CreditEvent = z.infer<typeof CreditEvent>;

export const EventListQuery = z.strictObject({
  after: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'Only events with a larger `sequence`; pass the last one seen to continue.' }),
  limit: z.coerce.number().int().min(1).max(1000).optional().meta({ description: '100 when omitted.' }),
});

export const EventPage = z
  .object({
    data: z.array(CreditEvent).meta({ description: 'Oldest first.' }),
    nextCursor: Cursor.meta({ description: 'Pass as `after` to read on; `null` when caught up.' }),
  })
  .meta({ id: 'EventPage' });
export type EventPage = z.infer<typeof EventPage>;

export const EventStreamHeaders = z.object({
  'last-event-id': z
    .string()
    .regex(/^\d{1,15}$/, 'must be the `sequence` of the last event received')
    .optional()
    .meta({ description: 'Resume after this event sequence.' }),
});

/** Each SSE message: `id: <sequence>`, `event: <type>`, `data: <CreditEvent as JSON>`. */
export const EventStream = z.string().meta({
  description:
    'Server-Sent Events: `id` (the sequence), `event` (the type) and `data` (a CreditEvent as JSON) per message.',
});

export const EventStreamParams = z.strictObject({ customerId: Id });
