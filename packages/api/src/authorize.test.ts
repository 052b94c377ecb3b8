import { routeList, type Route } from '@creditkit/client';
import { describe, expect, it } from 'vitest';
import { customer, fixture, secret } from './test/fixture';

const paramsFor = (route: Route, customerId: string) =>
  Object.fromEntries(
    Object.keys(route.params?.shape ?? {}).map((name) => [
      name,
      name === 'customerId' ? customerId : name === 'currencyId' ? 'tokens' : 'x-1',
    ]),
  );

const isCustomerScoped = (route: Route) => route.path.includes('{customerId}');
const codeOf = (body: unknown) => (body as { error?: { code?: string } }).error?.code;

describe('authorization over every route', async () => {
  const { call } = await fixture();

  it.each(routeList.map((r) => [r.id, r] as const))('%s', async (_, route) => {
    const raw = { params: paramsFor(route, 'c1') };

    const anonymous = await call(null, route.id, raw);
    expect(anonymous.status).toBe(401);
    expect(codeOf(anonymous.body)).toBe('unauthorized');

    const asSecret = await call(secret, route.id, raw);
    expect([401, 403]).not.toContain(asSecret.status);
    expect(asSecret.status).toBeLessThan(500);

    const own = await call(customer('c1'), route.id, raw);
    const other = await call(customer('c2'), route.id, raw);
    if (route.auth === 'secret') {
      expect(own.status).toBe(403);
      expect(codeOf(own.body)).toBe('forbidden');
    } else {
      expect([401, 403]).not.toContain(own.status);
      expect(own.status).toBeLessThan(500);
      if (isCustomerScoped(route)) {
        expect(other.status).toBe(403);
        expect(JSON.stringify(other.body)).not.toContain('Acme');
      }
    }

    if (route.scope) {
      const readOnly = await call(customer('c1', { scopes: ['read'] }), route.id, raw);
      expect(readOnly.status).toBe(403);
      expect(JSON.stringify(readOnly.body)).toContain(`\`${route.scope}\` scope`);
    }
  });
});
