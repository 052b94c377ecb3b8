import { routeList } from '@creditkit/client';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';

describe('buildOpenApiDocument', () => {
  const document = buildOpenApiDocument();

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every route of the table under its method, path and operation id', () => {
    for (const route of routeList) {
      const item = document.paths?.[route.path] as Record<string, { operationId?: string }> | undefined;
      expect(item?.[route.method.toLowerCase()]?.operationId, `${route.method} ${route.path}`).toBe(route.id);
    }
    const documented = Object.values(document.paths ?? {}).flatMap((item) => Object.keys(item ?? {}));
    expect(documented).toHaveLength(routeList.length);
  });

  it('names shared schemas as components and documents the CSV and SSE answers by media type', () => {
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['Balance', 'Grant', 'LedgerEntry', 'UsageQueryResult', 'Quote', 'Receipt', 'Error']),
    );
    const json = JSON.stringify(document.paths);
    expect(json).toContain('"text/csv"');
    expect(json).toContain('"text/event-stream"');
  });
});
