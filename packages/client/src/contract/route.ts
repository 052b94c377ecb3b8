import type { z } from 'zod';
import type { TokenScope } from '../schemas/admin';
import { operations, type Operation, type OperationId } from './operations';

/**
 * Who may call a route. `secret`: only the secret key (server to server). `customer`: the secret
 * key, or a customer token — limited to its own customer's data when the path has `{customerId}`,
 * and to its resources when the token is limited to some. `public`: anyone.
 */
export type RouteAuth = 'public' | 'customer' | 'secret';

/** What a route declares beside its method and path (those come from `operations`). */
export interface RouteSpec {
  summary: string;
  description?: string;
  /** Groups routes in the OpenAPI document (one tag per area). */
  tag: string;
  auth: RouteAuth;
  /** The scope a customer token needs (`read` when omitted). */
  scope?: TokenScope;
  params?: z.ZodObject;
  /** Only on GET routes: the client sends every non-path input of a GET as query, else as body. */
  query?: z.ZodObject;
  /** Always a JSON object, so the client can tell body fields from path parameters by name. */
  body?: z.ZodObject;
  headers?: z.ZodObject;
  response: z.ZodType;
  /** 200 when omitted. */
  successStatus?: 200 | 201 | 202;
}

export type Route<K extends OperationId = OperationId, S extends RouteSpec = RouteSpec> = S &
  (typeof operations)[K] &
  Operation & { id: K };

export type RouteSpecs = { [K in OperationId]: RouteSpec };

/** Joins each spec with its method and path, so every operation id has exactly one route. */
export function defineRoutes<const T extends RouteSpecs>(specs: T): { [K in OperationId]: Route<K, T[K]> } {
  const table: Partial<Record<OperationId, Route>> = {};
  for (const id of Object.keys(operations) as OperationId[]) {
    table[id] = { ...specs[id], ...operations[id], id };
  }
  return table as { [K in OperationId]: Route<K, T[K]> };
}
