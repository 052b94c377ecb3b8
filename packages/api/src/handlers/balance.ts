import { formatDecimal, parseDecimal } from '@creditkit/core';
import { poolOf, visible } from './shared';
import type { HandlerMap } from './types';

export const balanceHandlers: Pick<HandlerMap, 'getBalance' | 'getBalanceSummary' | 'getUtilization' | 'getForecast'> =
  {
    getBalance: ({ engine }, { params, query }) => engine.balance(poolOf(params.customerId, query)),
    getBalanceSummary: (ctx, { params, query }) => {
      const summary = ctx.engine.balances(params.customerId, query.currencyId);
      const pools = visible(ctx, summary.pools);
      if (pools.length === summary.pools.length) return summary;
      // A resource-limited token must not learn the other pools' balances through the totals.
      const totals = new Map<string, { units: bigint; precision: number }>();
      for (const pool of pools) {
        const total = totals.get(pool.currencyId) ?? { units: 0n, precision: pool.precision };
        total.units += parseDecimal(pool.balance, pool.precision, 'balance');
        totals.set(pool.currencyId, total);
      }
      return {
        customerId: summary.customerId,
        pools,
        totals: [...totals].map(([currencyId, t]) => ({ currencyId, balance: formatDecimal(t.units, t.precision) })),
      };
    },
    getUtilization: ({ engine }, { params, query }) => engine.utilization(poolOf(params.customerId, query)),
    getForecast: ({ engine }, { params, query }) => engine.forecast(poolOf(params.customerId, query), query.windowDays),
  };
