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
    id: z.string().meta({ description: 'Increasing; the SSE stream sends it as the event id for `Last-Event-ID`.' }),
    type: CreditEventType,
    customerId: z.string(),
    currencyId: z.string().nullable().optional(),
    resourceId: z.string().nullable().optional(),
    data: z.record(z.string(), z.unknown()),
    occurredAt: Timestamp,
  })
  .meta({ id: 'CreditEvent' });
export type CreditEvent = z.infer<typeof CreditEvent>;

export const EventListQuery = z.strictObject({
  after: z.string().min(1).max(128).optional().meta({ description: 'Only events after this event id.' }),
  type: z.array(CreditEventType).max(10).optional().meta({ description: 'Repeatable: only events of these types.' }),
  limit: z.coerce.number().int().min(1).max(500).optional().meta({ description: '100 when omitted.' }),
});

export const EventPage = z
  .object({
    data: z.array(CreditEvent).meta({ description: 'Oldest first.' }),
    nextCursor: Cursor.meta({ description: 'Pass as `after` to read on; `null` when caught up.' }),
  })
  .meta({ id: 'EventPage' });
export type EventPage = z.infer<typeof EventPage>;

export const EventStreamHeaders = z.object({
  'last-event-id': z.string().max(128).optional().meta({ description: 'Resume after this event id.' }),
});

/** Each SSE message: `id: <event id>`, `event: <type>`, `data: <CreditEvent as JSON>`. */
export const EventStream = z.string().meta({
  description: 'Server-Sent Events: `id`, `event` (the type) and `data` (a CreditEvent as JSON) per message.',
});

export const EventStreamParams = z.strictObject({ customerId: Id });
