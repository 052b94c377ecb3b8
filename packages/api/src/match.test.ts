import { routeList } from '@creditkit/client';
import { describe, expect, it } from 'vitest';
import { notFoundResponse } from './handle';
import { matchRoute } from './match';

describe('matchRoute', () => {
  it('finds every route of the table from its own path, with decoded parameters', () => {
    for (const route of routeList) {
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(`${name} 1`));
      const found = matchRoute(route.method, path);
      expect(found && 'operationId' in found ? found.operationId : found, path).toBe(route.id);
      if (found && 'params' in found) {
        for (const name of Object.keys(found.params)) expect(found.params[name]).toBe(`${name} 1`);
      }
    }
  });

  it('tells a wrong method from an unknown path', () => {
    expect(matchRoute('DELETE', '/v1/customers/c1/grants')).toEqual({ allowed: ['GET', 'POST'] });
    expect(matchRoute('GET', '/v1/nope')).toBeNull();
    expect(matchRoute('GET', '/v1/customers/c1/events/stream')).toMatchObject({ operationId: 'streamEvents' });
    expect(matchRoute('GET', '/v1/customers/c1/ledger/export')).toMatchObject({ operationId: 'exportLedgerCsv' });
  });

  it('gives 404 and 405 answers in the envelope', () => {
    expect(notFoundResponse('GET', '/v1/nope')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(notFoundResponse('DELETE', '/v1/audit', ['GET'])).toMatchObject({
      status: 405,
      headers: { allow: 'GET' },
      body: { error: { code: 'method_not_allowed' } },
    });
  });
});
