import { z } from 'zod';
import { Cursor, Id, IdempotencyKey, PageQuery, Timestamp } from './common';

export const Customer = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable().optional(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Customer' });
export type Customer = z.infer<typeof Customer>;

export const CreateCustomerBody = z.strictObject({
  id: Id.optional().meta({ description: 'Your own id for the customer; generated when omitted.' }),
  name: z.string().min(1).max(200),
  email: z.email().optional(),
});

export const CustomerListQuery = z.strictObject({ ...PageQuery });
export const CustomerPage = z.object({ data: z.array(Customer), nextCursor: Cursor }).meta({ id: 'CustomerPage' });

export const Resource = z
  .object({
    id: z.string(),
    customerId: z.string(),
    name: z.string(),
    type: z
      .string()
      .optional()
      .meta({ description: 'What the resource is: `workspace`, `project`, `seat`, `api_key`…' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'Resource' });
export type Resource = z.infer<typeof Resource>;

export const CreateResourceBody = z.strictObject({
  id: Id,
  name: z.string().min(1).max(200),
  type: z.string().min(1).max(64).optional(),
});

export const ResourceList = z.object({ data: z.array(Resource) }).meta({ id: 'ResourceList' });

export const ProvisionSubscriptionBody = z.strictObject({
  planId: Id,
  resourceId: Id.optional().meta({
    description: "Gives the subscription its own pool on this resource; the customer's global pool when omitted.",
  }),
  startAt: Timestamp.optional(),
  idempotencyKey: IdempotencyKey.optional(),
});

export const Subscription = z
  .object({
    id: z.string(),
    customerId: z.string(),
    planId: z.string(),
    resourceId: z.string().nullable(),
    startedAt: Timestamp,
    currentPeriodStart: Timestamp.optional(),
    currentPeriodEnd: Timestamp.optional(),
  })
  .meta({ id: 'Subscription' });
export type Subscription = z.infer<typeof Subscription>;
