import { describe, expect, it } from 'vitest';
import { CreditError } from '../errors';
import { admin, setup } from './fixtures';

/** `*` means "every pool of the customer" in usage queries, so no single pool may be called that. */
describe('the reserved resource id "*"', () => {
  it('is refused wherever a resource is named, with a sentence that says why, and changes nothing', async () => {
    const { engine, store } = await setup();
    const pool = { customerId: 'c1', currencyId: 'tokens', resourceId: '*' };
    const records = store.records.length;
    const attempts: Array<() => unknown> = [
      () => engine.createResource({ customerId: 'c1', id: '*', name: 'All' }),
      () => engine.createGrant({ ...pool, type: 'paid', amount: '10', actor: admin }),
      () => engine.reportUsage({ ...pool, featureId: 'chat', value: '1', idempotencyKey: 'u1' }),
      () => engine.adjust({ ...pool, amount: '5', reason: 'test', actor: admin }),
      () => engine.check({ customerId: 'c1', featureId: 'chat', requestedUsage: '1', resourceId: '*' }),
      () => engine.balance(pool),
      () => engine.listGrants(pool),
      () => engine.listLedger(pool),
    ];
    for (const attempt of attempts) {
      const error = await Promise.resolve()
        .then(attempt)
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(CreditError);
      expect((error as CreditError).code).toBe('invalid_request');
      expect((error as CreditError).message).toMatch(/"\*" is reserved/);
    }
    expect(store.records.length).toBe(records);
    expect(engine.listResources('c1')).toEqual([]);
  });

  it('still selects every pool in a usage query', async () => {
    const { engine } = await setup();
    const result = engine.usageDimensions({
      customerId: 'c1',
      currencyId: 'tokens',
      resourceId: '*',
      from: '2026-01-01T00:00:00Z',
      to: '2026-01-02T00:00:00Z',
    });
    expect(result).toMatchObject({ resourceId: '*', count: 0, keys: [] });
  });
});
