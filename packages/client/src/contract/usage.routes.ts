import { CustomerParams } from '../schemas/common';
import {
  EntitlementCheck,
  EntitlementCheckBody,
  IdempotencyHeaders,
  UsageBatchBody,
  UsageBatchResult,
  UsageEventInput,
  UsageResult,
} from '../schemas/usage';
import { UsageDimensions, UsageDimensionsQuery, UsageQueryParams, UsageQueryResult } from '../schemas/usage-query';
import type { RouteSpecs } from './route';

const tag = 'Usage';

export const usageRoutes = {
  reportUsage: {
    tag,
    auth: 'secret',
    summary: 'Report one usage event',
    description: 'Idempotent by `idempotencyKey` (body) or the `Idempotency-Key` header.',
    body: UsageEventInput,
    headers: IdempotencyHeaders,
    response: UsageResult,
  },
  reportUsageBatch: {
    tag,
    auth: 'secret',
    summary: 'Report up to 1,000 usage events',
    description: 'Each event is applied or refused on its own; results come back in the order sent.',
    body: UsageBatchBody,
    response: UsageBatchResult,
  },
  checkEntitlement: {
    tag,
    auth: 'customer',
    summary: 'Check whether a feature may be used, without consuming',
    params: CustomerParams,
    body: EntitlementCheckBody,
    response: EntitlementCheck,
  },
  queryUsage: {
    tag,
    auth: 'customer',
    summary: 'Usage over time for charts, by feature or by a dimension',
    params: CustomerParams,
    query: UsageQueryParams,
    response: UsageQueryResult,
  },
  listUsageDimensions: {
    tag,
    auth: 'customer',
    summary: 'The dimension keys and values seen in a window',
    params: CustomerParams,
    query: UsageDimensionsQuery,
    response: UsageDimensions,
  },
} satisfies Partial<RouteSpecs>;
