import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divRound, formatDecimal, multiplyDecimals, parseDecimal } from './decimal';

describe('decimal', () => {
  it('round-trips any amount at its scale', () => {
    fc.assert(
      fc.property(
        // Around 2^30 too, where formatting switches from a number's digits to a bigint's.
        fc.oneof(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: -(2n ** 31n), max: 2n ** 31n })),
        fc.integer({ min: 0, max: 9 }),
        (units, scale) => {
          expect(parseDecimal(formatDecimal(units, scale), scale)).toBe(units);
        },
      ),
    );
  });

  it('sums a million consumptions of 0.001 to exactly 1000', () => {
    const unit = parseDecimal('0.001', 3);
    let total = 0n;
    for (let i = 0; i < 1_000_000; i++) total += unit;
    expect(formatDecimal(total, 3)).toBe('1000.000');
  });

  it('refuses amounts with more decimals than the currency keeps, naming the limit', () => {
    expect(() => parseDecimal('1.2345', 2)).toThrow(/at most 2 are allowed/);
    expect(() => parseDecimal('1e3', 2)).toThrow(/decimal number written as a string/);
  });

  it('rounds halves away from zero', () => {
    expect(divRound(5n, 2n, 'half-up')).toBe(3n);
    expect(divRound(-5n, 2n, 'half-up')).toBe(-3n);
    expect(divRound(4n, 3n, 'half-up')).toBe(1n);
    expect(divRound(4n, 3n, 'up')).toBe(2n);
  });

  it('multiplies value by rate exactly before rounding to the precision', () => {
    // 1234 tokens × 0.002 credits = 2.468 credits
    expect(formatDecimal(multiplyDecimals('1234', '0.002', 3), 3)).toBe('2.468');
    // 0.0005 rounds half-up to 0.001 at precision 3
    expect(formatDecimal(multiplyDecimals('1', '0.0005', 3), 3)).toBe('0.001');
  });
});
