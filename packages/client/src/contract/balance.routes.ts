import { Balance, BalanceSummary, BalanceSummaryQuery, Forecast, ForecastQuery, Utilization } from '../schemas/balance';
import { CustomerParams, PoolQuery } from '../schemas/common';
import type { RouteSpecs } from './route';

const tag = 'Balance';

export const balanceRoutes = {
  getBalance: {
    tag,
    auth: 'customer',
    summary: 'Read the balance of one pool',
    params: CustomerParams,
    query: PoolQuery,
    response: Balance,
  },
  getBalanceSummary: {
    tag,
    auth: 'customer',
    summary: 'Read the balance of every pool of a customer',
    params: CustomerParams,
    query: BalanceSummaryQuery,
    response: BalanceSummary,
  },
  getUtilization: {
    tag,
    auth: 'customer',
    summary: "Read a pool's use of its credits in the current period",
    params: CustomerParams,
    query: PoolQuery,
    response: Utilization,
  },
  getForecast: {
    tag,
    auth: 'customer',
    summary: 'Project when a pool runs out, from its recent burn rate',
    params: CustomerParams,
    query: ForecastQuery,
    response: Forecast,
  },
} satisfies Partial<RouteSpecs>;
