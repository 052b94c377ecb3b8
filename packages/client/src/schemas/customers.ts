import { z } from 'zod';
import { Actor, Id, IdempotencyKey, Timestamp } from './common';

export const Customer = z
  .object({ id: z.string(), name: z.string(), email: z.string().nullable(), createdAt: Timestamp })
  .meta({ id: 'Customer' });
export type Customer = z.infer<typeof Customer>;

export const CreateCustomerBody = z.strictObject({
  id: Id,
  name: z.string().min(1).max(200),
  email: z.email().nullable().optional(),
});

export const CustomerList = z.object({ data: z.array(Customer) }).meta({ id: 'CustomerList' });

export const Resource = z
  .object({
    id: z.string(),
    customerId: z.string(),
    name: z.string(),
    type: z.string().nullable().optional().meta({ description: '`workspace`, `project`, `seat`, `api_key`…' }),
    implicit: z.boolean().optional().meta({ description: 'True when the resource only exists through a pool.' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'Resource' });
export type Resource = z.infer<typeof Resource>;

export const CreateResourceBody = z.strictObject({
  id: Id,
  name: z.string().min(1).max(200),
  type: z.string().min(1).max(64).nullable().optional(),
});

export const ResourceList = z.object({ data: z.array(Resource) }).meta({ id: 'ResourceList' });

export const ProvisionSubscriptionBody = z.strictObject({
  planId: Id,
  resourceId: Id.optional().meta({
    description: "Gives the subscription its own pools on this resource; the customer's global pools when omitted.",
  }),
  idempotencyKey: IdempotencyKey.optional(),
});

export const Subscription = z
  .object({
    id: z.string(),
    customerId: z.string(),
    planId: z.string(),
    resourceId: z.string().nullable(),
    startedAt: Timestamp,
    actor: Actor,
  })
  .meta({ id: 'Subscription' });
export type Subscription = z.infer<typeof Subscription>;
