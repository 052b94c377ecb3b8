import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UsageRecord } from './store';
import { hashKey, UsageKeys } from './usage-keys';

/** A table over records kept in one list: pool 0, row = position. */
function tableOf(hash?: (key: string) => number) {
  const records: UsageRecord[] = [];
  const table = new UsageKeys((pool, row) => {
    expect(pool).toBe(0);
    return records[row]!;
  }, hash);
  const add = (key: string) => {
    table.add(key, 0, records.length);
    records.push({ key } as UsageRecord);
  };
  return { table, add };
}

describe('UsageKeys', () => {
  it('answers like a Set for arbitrary keys, through growth, with the row each was added at', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 400 }),
        fc.array(fc.string()),
        (keys, probes) => {
          const { table, add } = tableOf();
          keys.forEach((key, i) => {
            // As the engine does, mostly: look the key up, then add it where the look-up stopped;
            // sometimes another key is looked up in between, whose stop must not be used.
            if (i % 2 === 0) expect(table.find(key)).toBeUndefined();
            if (i % 3 === 0 && !keys.includes(`${key}!`)) expect(table.find(`${key}!`)).toBeUndefined();
            add(key);
          });
          expect(table.size).toBe(keys.length);
          keys.forEach((key, row) => expect(table.find(key)).toEqual({ pool: 0, row }));
          for (const probe of probes) if (!keys.includes(probe)) expect(table.find(probe)).toBeUndefined();
        },
      ),
    );
  });

  it('tells keys apart by the key itself when their hashes are equal', () => {
    const { table, add } = tableOf(() => 7);
    for (let i = 0; i < 100; i++) add(`k${i}`);
    for (let i = 0; i < 100; i++) expect(table.find(`k${i}`)).toEqual({ pool: 0, row: i });
    expect(table.find('k100')).toBeUndefined();
  });

  it('hashes to non-zero 32-bit integers that spread sequential keys over the low bits', () => {
    const buckets = new Array<number>(1024).fill(0);
    for (let i = 0; i < 102_400; i++) {
      const hash = hashKey(`evt_${i}`);
      expect(hash).not.toBe(0);
      expect(hash | 0).toBe(hash);
      buckets[hash & 1023]!++;
    }
    // 100 expected per bucket; a poor spread (as a bare FNV of sequential keys can give) piles up.
    expect(Math.max(...buckets)).toBeLessThan(160);
  });
});
