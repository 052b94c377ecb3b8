/**
 * Method and path of every operation of the contract, with no schemas attached: the client needs
 * only this much at runtime, so a widget bundle does not carry zod or the whole contract.
 * `routes` (the full table) takes method and path from here, so the two cannot drift apart.
 */
export const operations = {
  // customers and resources
  listCustomers: { method: 'GET', path: '/v1/customers' },
  createCustomer: { method: 'POST', path: '/v1/customers' },
  getCustomer: { method: 'GET', path: '/v1/customers/{customerId}' },
  listResources: { method: 'GET', path: '/v1/customers/{customerId}/resources' },
  createResource: { method: 'POST', path: '/v1/customers/{customerId}/resources' },
  provisionSubscription: { method: 'POST', path: '/v1/customers/{customerId}/subscriptions' },
  // catalog
  listCurrencies: { method: 'GET', path: '/v1/currencies' },
  getCurrency: { method: 'GET', path: '/v1/currencies/{currencyId}' },
  listFeatures: { method: 'GET', path: '/v1/features' },
  listPacks: { method: 'GET', path: '/v1/currencies/{currencyId}/packs' },
  // balance
  getBalance: { method: 'GET', path: '/v1/customers/{customerId}/balance' },
  getBalanceSummary: { method: 'GET', path: '/v1/customers/{customerId}/balances' },
  getUtilization: { method: 'GET', path: '/v1/customers/{customerId}/utilization' },
  getForecast: { method: 'GET', path: '/v1/customers/{customerId}/forecast' },
  // grants
  listGrants: { method: 'GET', path: '/v1/customers/{customerId}/grants' },
  createGrant: { method: 'POST', path: '/v1/customers/{customerId}/grants' },
  voidGrant: { method: 'POST', path: '/v1/customers/{customerId}/grants/{grantId}/void' },
  // ledger
  listLedger: { method: 'GET', path: '/v1/customers/{customerId}/ledger' },
  exportLedgerCsv: { method: 'GET', path: '/v1/customers/{customerId}/ledger/export', produces: 'text/csv' },
  // usage
  reportUsage: { method: 'POST', path: '/v1/usage' },
  reportUsageBatch: { method: 'POST', path: '/v1/usage/batch' },
  checkEntitlement: { method: 'POST', path: '/v1/customers/{customerId}/entitlements/check' },
  queryUsage: { method: 'GET', path: '/v1/customers/{customerId}/usage' },
  listUsageDimensions: { method: 'GET', path: '/v1/customers/{customerId}/usage/dimensions' },
  // checkout
  createQuote: { method: 'POST', path: '/v1/customers/{customerId}/checkout/quotes' },
  confirmCheckout: { method: 'POST', path: '/v1/customers/{customerId}/checkout/confirm' },
  listReceipts: { method: 'GET', path: '/v1/customers/{customerId}/receipts' },
  getReceipt: { method: 'GET', path: '/v1/customers/{customerId}/receipts/{receiptId}' },
  // auto-recharge
  getAutoRechargePolicy: { method: 'GET', path: '/v1/customers/{customerId}/auto-recharge/{currencyId}' },
  updateAutoRechargePolicy: { method: 'PUT', path: '/v1/customers/{customerId}/auto-recharge/{currencyId}' },
  getAutoRechargeStatus: { method: 'GET', path: '/v1/customers/{customerId}/auto-recharge/{currencyId}/status' },
  // events
  listEvents: { method: 'GET', path: '/v1/customers/{customerId}/events' },
  streamEvents: { method: 'GET', path: '/v1/customers/{customerId}/events/stream', produces: 'text/event-stream' },
  // admin
  createAdjustment: { method: 'POST', path: '/v1/customers/{customerId}/adjustments' },
  listAudit: { method: 'GET', path: '/v1/audit' },
  getClock: { method: 'GET', path: '/v1/admin/clock' },
  setClock: { method: 'POST', path: '/v1/admin/clock' },
  mintCustomerToken: { method: 'POST', path: '/v1/tokens' },
} as const satisfies Record<string, Operation>;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Produces = 'application/json' | 'text/csv' | 'text/event-stream';

export interface Operation {
  method: HttpMethod;
  /** OpenAPI-style template: `{name}` marks a path parameter. */
  path: string;
  /** The success body's media type; `application/json` when absent. */
  produces?: Produces;
}

export type OperationId = keyof typeof operations;
export const operationIds = Object.keys(operations) as OperationId[];
