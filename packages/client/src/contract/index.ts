export { operationIds, operations } from './operations';
export type { HttpMethod, Operation, OperationId, Produces } from './operations';
export { defineRoutes } from './route';
export type { Route, RouteAuth, RouteSpec, RouteSpecs } from './route';
export { routeList, routes } from './routes';
export type { Routes } from './routes';
