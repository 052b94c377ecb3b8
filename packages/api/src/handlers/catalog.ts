import { formatDecimal, parseDecimal } from '@creditkit/core';
import type { HandlerMap } from './types';

export const catalogHandlers: Pick<HandlerMap, 'listCurrencies' | 'getCurrency' | 'listFeatures' | 'listPacks'> = {
  listCurrencies: ({ engine }) => ({ data: engine.listCurrencies() }),
  getCurrency: ({ engine }, { params }) => engine.currency(params.currencyId),
  listFeatures: ({ engine }, { query }) => ({ data: engine.listFeatures(query.currencyId) }),
  listPacks: ({ engine }, { params }) => {
    const { checkout, precision } = engine.currency(params.currencyId);
    // Written to the currency's precision, like the packs' credits.
    const credits = (value: string) => formatDecimal(parseDecimal(value, precision, 'credits'), precision);
    return {
      currencyId: params.currencyId,
      data: engine.listPacks(params.currencyId),
      customAmount: checkout ? { min: credits(checkout.customMin), max: credits(checkout.customMax) } : null,
    };
  },
};
