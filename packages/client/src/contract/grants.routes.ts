import { CustomerParams } from '../schemas/common';
import { CreateGrantBody, Grant, GrantListQuery, GrantPage, GrantParams, VoidGrantBody } from '../schemas/grants';
import { LedgerCsv, LedgerExportQuery, LedgerListQuery, LedgerPage } from '../schemas/ledger';
import type { RouteSpecs } from './route';

export const grantRoutes = {
  listGrants: {
    tag: 'Grants',
    auth: 'customer',
    summary: 'List the grants of a pool',
    params: CustomerParams,
    query: GrantListQuery,
    response: GrantPage,
  },
  createGrant: {
    tag: 'Grants',
    auth: 'secret',
    summary: 'Grant credits to a pool',
    params: CustomerParams,
    body: CreateGrantBody,
    response: Grant,
    successStatus: 201,
  },
  voidGrant: {
    tag: 'Grants',
    auth: 'secret',
    summary: 'Void a grant',
    description: 'Its remaining credits leave the pool, written to the ledger as a void.',
    params: GrantParams,
    body: VoidGrantBody,
    response: Grant,
  },
  listLedger: {
    tag: 'Ledger',
    auth: 'customer',
    summary: 'List the ledger of a pool, newest first',
    params: CustomerParams,
    query: LedgerListQuery,
    response: LedgerPage,
  },
  exportLedgerCsv: {
    tag: 'Ledger',
    auth: 'customer',
    summary: 'Export the ledger of a pool as CSV',
    params: CustomerParams,
    query: LedgerExportQuery,
    response: LedgerCsv,
  },
} satisfies Partial<RouteSpecs>;
