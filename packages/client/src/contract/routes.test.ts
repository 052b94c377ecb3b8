import { describe, expect, it } from 'vitest';
import { operations } from './operations';
import { routeList, routes } from './routes';

const pathParams = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('the route table', () => {
  it('has one route per operation, keyed by its id, with unique method + path', () => {
    expect(Object.keys(routes)).toEqual(Object.keys(operations));
    for (const [key, route] of Object.entries(routes)) expect(route.id).toBe(key);
    const signatures = routeList.map((r) => `${r.method} ${r.path}`);
    expect(new Set(signatures).size).toBe(signatures.length);
  });

  it('keeps everything under /v1 and customer data under /v1/customers/{customerId}', () => {
    for (const route of routeList) {
      expect(route.path).toMatch(/^\/v1\//);
      if (route.params?.shape && 'customerId' in route.params.shape) {
        expect(route.path.startsWith('/v1/customers/{customerId}')).toBe(true);
      }
    }
  });

  it('declares exactly the path parameters its template has', () => {
    for (const route of routeList) {
      expect(Object.keys(route.params?.shape ?? {}).sort(), route.id).toEqual(pathParams(route.path).sort());
    }
  });

  // The client sends every non-path field of a GET as query and of anything else as JSON body,
  // so the two must never be mixed and names must never collide.
  it('puts query fields only on GET routes and bodies only on the others, with no name shared', () => {
    for (const route of routeList) {
      if (route.method === 'GET') expect(route.body, route.id).toBeUndefined();
      else expect(route.query, route.id).toBeUndefined();
      const names = [
        ...Object.keys(route.params?.shape ?? {}),
        ...Object.keys(route.query?.shape ?? {}),
        ...Object.keys(route.body?.shape ?? {}),
      ];
      expect(new Set(names).size, route.id).toBe(names.length);
    }
  });

  it('lets customer tokens only read, buy top-ups and manage auto-recharge', () => {
    const customerWrites = routeList
      .filter((r) => r.auth !== 'secret' && r.method !== 'GET')
      .map((r) => r.id)
      .sort();
    expect(customerWrites).toEqual(['checkEntitlement', 'confirmCheckout', 'createQuote', 'updateAutoRechargePolicy']);
    for (const id of ['createGrant', 'voidGrant', 'reportUsage', 'reportUsageBatch', 'createAdjustment'] as const) {
      expect(routes[id].auth).toBe('secret');
    }
  });
});
