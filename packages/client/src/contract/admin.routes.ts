import {
  Adjustment,
  AuditListQuery,
  AuditPage,
  ClockState,
  CreateAdjustmentBody,
  CustomerToken,
  MintTokenBody,
  SetClockBody,
} from '../schemas/admin';
import { CustomerParams } from '../schemas/common';
import { EventListQuery, EventPage, EventStream, EventStreamHeaders } from '../schemas/events';
import type { RouteSpecs } from './route';

export const adminRoutes = {
  listEvents: {
    tag: 'Events',
    auth: 'customer',
    summary: "List a customer's events, oldest first",
    params: CustomerParams,
    query: EventListQuery,
    response: EventPage,
  },
  streamEvents: {
    tag: 'Events',
    auth: 'customer',
    summary: "Stream a customer's events live (Server-Sent Events)",
    description: 'Send `Last-Event-ID` to resume after a reconnect; a comment line keeps the connection alive.',
    params: CustomerParams,
    headers: EventStreamHeaders,
    response: EventStream,
  },
  createAdjustment: {
    tag: 'Admin',
    auth: 'secret',
    summary: 'Adjust a pool by a signed amount, with a reason',
    params: CustomerParams,
    body: CreateAdjustmentBody,
    response: Adjustment,
    successStatus: 201,
  },
  listAudit: {
    tag: 'Admin',
    auth: 'secret',
    summary: 'List the audit log, newest first',
    query: AuditListQuery,
    response: AuditPage,
  },
  getClock: { tag: 'Admin', auth: 'secret', summary: "Read the engine's clock", response: ClockState },
  setClock: {
    tag: 'Admin',
    auth: 'secret',
    summary: "Set or advance the engine's clock (demo mode only)",
    body: SetClockBody,
    response: ClockState,
  },
  mintCustomerToken: {
    tag: 'Auth',
    auth: 'secret',
    summary: 'Mint a customer token for a browser',
    body: MintTokenBody,
    response: CustomerToken,
    successStatus: 201,
  },
} satisfies Partial<RouteSpecs>;
