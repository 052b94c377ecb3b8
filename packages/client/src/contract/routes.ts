import { accountRoutes } from './account.routes';
import { adminRoutes } from './admin.routes';
import { balanceRoutes } from './balance.routes';
import { catalogRoutes } from './catalog.routes';
import { checkoutRoutes } from './checkout.routes';
import { grantRoutes } from './grants.routes';
import { defineRoutes, type Route } from './route';
import { usageRoutes } from './usage.routes';

/** The contract: one entry per operation, keyed by operation id. */
export const routes = defineRoutes({
  ...accountRoutes,
  ...catalogRoutes,
  ...balanceRoutes,
  ...grantRoutes,
  ...usageRoutes,
  ...checkoutRoutes,
  ...adminRoutes,
});
export type Routes = typeof routes;

/** The same routes as a list, in the order of `operations`. */
export const routeList: readonly Route[] = Object.values(routes);
