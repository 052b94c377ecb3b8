import { UsageBatchBody, UsageEventInput } from '@creditkit/client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainUsageBatch, isPlainUsageEvent } from './fast-body';

// Mostly valid events, each field sometimes swapped for something near the edge of its rule.
const near = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 30, arbitrary: good },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'a b', '*', '.x', 'é', 'x'.repeat(129), '__proto__', null, 1) },
    { weight: 1, arbitrary: fc.anything() },
  );
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/);
const event = fc
  .record(
    {
      customerId: near(id),
      resourceId: near(id),
      featureId: near(id),
      value: near(fc.stringMatching(/^\d{1,12}(\.\d{1,6})?$/)),
      timestamp: near(
        fc.oneof(
          fc
            .date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString()),
          fc.constantFrom('2026-02-30T00:00:00Z', '2026-01-01T00:00:00+01:00', '2026-01-01T25:00:00Z', '2026-01-01'),
        ),
      ),
      idempotencyKey: near(fc.string({ minLength: 0, maxLength: 257 })),
      dimensions: near(
        fc.dictionary(
          fc.oneof(fc.stringMatching(/^[A-Za-z0-9_.-]{1,70}$/), fc.constantFrom('__proto__', 'a b', '')),
          near(fc.string({ maxLength: 260 })),
          { maxKeys: 5 },
        ),
      ),
    },
    { requiredKeys: [] },
  )
  .chain((fields) =>
    // Now and then a field the schema does not know.
    fc.oneof(
      { weight: 9, arbitrary: fc.constant(fields) },
      { weight: 1, arbitrary: fc.anything().map((extra) => ({ ...fields, extra })) },
    ),
  );

describe('the plain check of usage bodies', () => {
  it('says valid only for events the zod schema accepts unchanged', () => {
    let plain = 0;
    fc.assert(
      fc.property(event, (input) => {
        const parsed = JSON.parse(JSON.stringify(input)) as unknown;
        if (!isPlainUsageEvent(parsed)) return;
        plain++;
        const result = UsageEventInput.safeParse(parsed);
        expect(result.success).toBe(true);
        expect(result.data).toEqual(parsed);
      }),
      { numRuns: 1500 },
    );
    // The generator must reach the fast path often, or the test proves nothing.
    expect(plain).toBeGreaterThan(100);
  });

  it('agrees with zod on batches, and leaves refusals to zod', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 0, maxLength: 4 }), (events) => {
        const body = JSON.parse(JSON.stringify({ events })) as unknown;
        if (isPlainUsageBatch(body)) expect(UsageBatchBody.safeParse(body).data).toEqual(body);
      }),
      { numRuns: 300 },
    );
    const good = { customerId: 'c1', featureId: 'chat', value: '1' };
    expect(isPlainUsageBatch({ events: [good] })).toBe(true);
    expect(isPlainUsageBatch({ events: [] })).toBe(false);
    expect(isPlainUsageBatch({ events: Array.from({ length: 1001 }, () => good) })).toBe(false);
    expect(isPlainUsageBatch({ events: [good], more: 1 })).toBe(false);
    expect(isPlainUsageEvent(JSON.parse('{"customerId":"c1","featureId":"chat","value":"1","__proto__":{}}'))).toBe(
      false,
    );
  });
});
