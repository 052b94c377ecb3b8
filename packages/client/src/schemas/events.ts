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

/**
 * Sent on the live stream only, never recorded or listed, and without an SSE `id` (so it does not
 * move `Last-Event-ID`): usage or a negative adjustment moved this pool's balance. Usage is far too
 * frequent to keep as domain events, yet an open balance should follow it within a second.
 */
export const BalanceChangedNotice = z
  .object({
    type: z.literal('credits.balance.changed'),
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    at: Timestamp,
  })
  .meta({ id: 'BalanceChangedNotice' });
export type BalanceChangedNotice = z.infer<typeof BalanceChangedNotice>;

/** What one message of the live stream carries: a recorded event, or a balance notice. */
export type StreamMessage = CreditEvent | BalanceChangedNotice;

/** Each SSE message: `event: <type>`, `data: <JSON>`, and `id: <sequence>` for recorded events. */
export const EventStream = z.string().meta({
  description:
    'Server-Sent Events. A recorded CreditEvent comes with `id` (its sequence), `event` (its type) and `data` (the event as JSON). ' +
    'A `credits.balance.changed` message (BalanceChangedNotice: customerId, currencyId, resourceId, at) has no `id`: ' +
    'usage or an adjustment moved that pool, so refetch its balance. Notices are coalesced per write and never listed.',
});

export const EventStreamParams = z.strictObject({ customerId: Id });
