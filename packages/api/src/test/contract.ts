import { routes, type OperationId } from '@creditkit/client';
import { expect } from 'vitest';
import type { ApiResponse } from '../context';

/** Asserts a success with the route's status and a body its response schema accepts; returns the body. */
export function ok<T = Record<string, unknown>>(id: OperationId, res: ApiResponse): T {
  const route = routes[id];
  expect(res.body, JSON.stringify(res.body)).not.toHaveProperty('error');
  expect(res.status).toBe('successStatus' in route ? route.successStatus : 200);
  return route.response.parse(res.body) as T;
}
