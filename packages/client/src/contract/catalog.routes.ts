import { Currency, CurrencyList, CurrencyParams, FeatureList, FeatureListQuery, PackList } from '../schemas/catalog';
import type { RouteSpecs } from './route';

const tag = 'Catalog';

export const catalogRoutes = {
  listCurrencies: { tag, auth: 'customer', summary: 'List credit currencies', response: CurrencyList },
  getCurrency: { tag, auth: 'customer', summary: 'Read a credit currency', params: CurrencyParams, response: Currency },
  listFeatures: {
    tag,
    auth: 'customer',
    summary: 'List features and their consumption rates',
    query: FeatureListQuery,
    response: FeatureList,
  },
  listPacks: {
    tag: 'Checkout',
    auth: 'customer',
    summary: 'List the top-up packs of a currency',
    params: CurrencyParams,
    response: PackList,
  },
} satisfies Partial<RouteSpecs>;
