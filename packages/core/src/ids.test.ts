import { describe, expect, it } from 'vitest';
import { randomIds } from './ids';

describe('default ids', () => {
  it('are the prefix and 32 hex digits and do not repeat across refills of the random block', () => {
    const next = randomIds();
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const id = next(i % 2 === 0 ? 'evt' : 'grant');
      expect(id).toMatch(/^(evt|grant)_[0-9a-f]{32}$/);
      seen.add(id);
    }
    expect(seen.size).toBe(10_000);
  });
});
