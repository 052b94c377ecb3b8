import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntTable } from './cells';

describe('IntTable', () => {
  it('answers like a Map for any sequence of sets and gets, through growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 ** 30 - 1 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })), {
          maxLength: 500,
        }),
        fc.array(fc.integer({ min: 0, max: 2 ** 30 - 1 }), { maxLength: 50 }),
        (entries, probes) => {
          const table = new IntTable();
          const map = new Map<number, number>();
          for (const [key, value] of entries) {
            table.set(key, value);
            map.set(key, value);
          }
          expect(table.size).toBe(map.size);
          for (const [key] of entries) expect(table.get(key)).toBe(map.get(key));
          for (const key of probes) expect(table.get(key)).toBe(map.get(key) ?? -1);
        },
      ),
    );
    const dense = new IntTable();
    for (let i = 0; i < 100_000; i++) dense.set(i * 16_384, i);
    for (let i = 0; i < 100_000; i++) expect(dense.get(i * 16_384)).toBe(i);
    expect(dense.get(1)).toBe(-1);
  });
});
