import {
  CreateCustomerBody,
  CreateResourceBody,
  Customer,
  CustomerList,
  ProvisionSubscriptionBody,
  Resource,
  ResourceList,
  Subscription,
} from '../schemas/customers';
import { CustomerParams } from '../schemas/common';
import type { RouteSpecs } from './route';

const tag = 'Customers';

export const accountRoutes = {
  listCustomers: {
    tag,
    auth: 'secret',
    summary: 'List customers',
    response: CustomerList,
  },
  createCustomer: {
    tag,
    auth: 'secret',
    summary: 'Create a customer',
    body: CreateCustomerBody,
    response: Customer,
    successStatus: 201,
  },
  getCustomer: { tag, auth: 'customer', summary: 'Read a customer', params: CustomerParams, response: Customer },
  listResources: {
    tag,
    auth: 'customer',
    summary: "List a customer's resources",
    description: 'A token limited to some resources sees only those.',
    params: CustomerParams,
    response: ResourceList,
  },
  createResource: {
    tag,
    auth: 'secret',
    summary: 'Create a resource (workspace, project, seat…) under a customer',
    params: CustomerParams,
    body: CreateResourceBody,
    response: Resource,
    successStatus: 201,
  },
  provisionSubscription: {
    tag,
    auth: 'secret',
    summary: 'Provision a subscription to a plan',
    description:
      "Grants the plan's first period of recurring credits; with `resourceId`, into that resource's own pool.",
    params: CustomerParams,
    body: ProvisionSubscriptionBody,
    response: Subscription,
    successStatus: 201,
  },
} satisfies Partial<RouteSpecs>;
