// The usage path's shortcuts must answer exactly what the straightforward computation answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditsFor } from '../consume';
import { decimalPlaces, multiplyDecimals } from '../decimal';
import { CreditError } from '../errors';
import { State, type FeatureState } from '../state';
import type { Currency } from '../types';
import { parseInstant } from '../validate';

function feature(rate: string, precision: number): FeatureState {
  const rateScale = decimalPlaces(rate);
  return {
    def: { id: 'f', currencyId: 'c', displayName: 'f', unit: null, rate, enforcement: null },
    currency: { def: { precision } as Currency, scale: 10n ** BigInt(precision), lowUnits: null },
    rateUnits: BigInt(rate.replace('.', '')),
    rateScale,
  };
}

const digitsText = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
const decimalText = fc
  .tuple(digitsText(1, 12), fc.option(digitsText(1, 9), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));

describe('credits for a usage value', () => {
  it('equals value × rate rounded up at the precision, for small and large values alike', () => {
    const state = new State();
    fc.assert(
      fc.property(
        fc.oneof(decimalText, digitsText(14, 30)),
        decimalText,
        fc.integer({ min: 0, max: 12 }),
        (value, rate, precision) => {
          const expected = multiplyDecimals(value, rate, precision, 'up');
          expect(creditsFor(state, feature(rate, precision), value, 'c', null)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses what is not a plain non-negative decimal, whichever path reads it', () => {
    const state = new State();
    for (const value of [
      '',
      '.5',
      '5.',
      '1.2.3',
      '-1',
      '+1',
      ' 1',
      '1e3',
      '0x10',
      '１',
      12,
      null,
      '9'.repeat(40) + 'x',
    ]) {
      expect(() => creditsFor(state, feature('0.002', 3), value, 'c', null)).toThrow(CreditError);
    }
  });
});

describe('instants of usage events', () => {
  it('parse exactly as Date.parse does, in the usual form and any other', () => {
    const ms = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) });
    fc.assert(
      fc.property(ms, fc.boolean(), (at, withMillis) => {
        const text = new Date(at).toISOString();
        const written = withMillis ? text : `${text.slice(0, 19)}Z`;
        expect(parseInstant(written)).toBe(Date.parse(written));
      }),
      { numRuns: 3000 },
    );
    const odd = [
      '2026-02-29T00:00:00Z',
      '2026-02-30T00:00:00.000Z',
      '2026-04-31T00:00:00Z',
      '2026-06-31T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '2000-02-29T12:00:00Z',
      '2024-02-29T23:59:59.999Z',
      '2026-12-31T23:59:59Z',
      '2026-13-01T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T23:60:00Z',
      '2026-01-01T23:59:60Z',
      '0099-01-01T00:00:00Z',
      '2026-01-01T00:00:00+01:00',
      '2026-01-01 00:00:00Z',
      '2026-01-01T00:00:00.5Z',
      '2026-1-01T00:00:00.000Z',
      'not a date at all, really',
      '',
    ];
    for (const text of odd) expect(parseInstant(text), text).toStrictEqual(Date.parse(text));
  });
});
