/**
 * Exact decimal arithmetic on fixed-point bigints.
 *
 * Credits and money never touch JavaScript floats. At the edges they travel as decimal strings
 * (`"12.345"`); inside they are bigints counting the smallest unit of their scale (for a currency
 * with precision 3, `12.345` is `12345n`).
 */
import { CreditError } from './errors';

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export type Rounding = 'half-up' | 'up' | 'down';

/** Parses a decimal string into units of `10^-scale`; refuses more decimals than `scale` allows. */
export function parseDecimal(text: string, scale: number, field = 'amount'): bigint {
  const match = DECIMAL.exec(text.trim());
  if (!match) {
    throw new CreditError(
      'invalid_amount',
      `${field} must be a decimal number written as a string, like "12.5"; got ${JSON.stringify(text)}.`,
      { field },
    );
  }
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length > scale) {
    throw new CreditError(
      'invalid_amount',
      `${field} has ${fraction.length} decimal places but at most ${scale} are allowed; round it to ${scale}.`,
      { field, scale },
    );
  }
  const units = BigInt(whole + fraction.padEnd(scale, '0'));
  return sign ? -units : units;
}

/**
 * Below 2^30 a number is a small integer to the JavaScript engine: its text comes quickly, from a
 * cache of recent conversions. A bigint writes itself slowly (every usage result and ledger entry
 * writes two amounts), and so does a larger number, through a floating-point conversion.
 */
const SMALL = 2 ** 30;
const POW10: number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);
/** Per scale, the largest magnitude whose whole part is small and that a double holds exactly. */
const SPLIT_LIMIT: bigint[] = POW10.map((p) => {
  const limit = BigInt(SMALL) * BigInt(p) - 1n;
  const exact = BigInt(Number.MAX_SAFE_INTEGER);
  return limit < exact ? limit : exact;
});

/** Digits of a non-negative integer. */
export function digitsOf(units: bigint): string {
  return units < SMALL ? String(Number(units)) : units.toString();
}

/** Formats units of `10^-scale` as a decimal string with exactly `scale` decimals. */
export function formatDecimal(units: bigint, scale: number): string {
  const negative = units < 0n;
  const limit = SPLIT_LIMIT[scale];
  if (limit !== undefined && scale > 0 && units <= limit && units >= -limit) {
    // Whole part and fraction as small integers: remainder and exact division of doubles below
    // 2^53 are exact.
    const n = negative ? -Number(units) : Number(units);
    const p = POW10[scale]!;
    const fraction = n % p;
    return `${negative ? '-' : ''}${(n - fraction) / p}.${String(fraction).padStart(scale, '0')}`;
  }
  let digits = (negative ? -units : units).toString();
  if (digits.length <= scale) digits = digits.padStart(scale + 1, '0');
  const sign = negative ? '-' : '';
  if (scale === 0) return sign + digits;
  const point = digits.length - scale;
  return sign + digits.slice(0, point) + '.' + digits.slice(point);
}

/** Divides with an explicit rounding rule; `half-up` rounds halves away from zero. */
export function divRound(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return divRound(-numerator, -denominator, rounding);
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let q = n / denominator;
  const r = n % denominator;
  if (r !== 0n) {
    if (rounding === 'up' || (rounding === 'half-up' && r * 2n >= denominator)) q += 1n;
  }
  return negative ? -q : q;
}

/** Re-expresses units of one scale in another, rounding when precision is lost. */
export function rescale(units: bigint, from: number, to: number, rounding: Rounding = 'half-up'): bigint {
  if (to >= from) return units * 10n ** BigInt(to - from);
  return divRound(units, 10n ** BigInt(from - to), rounding);
}

/** Number of decimals written in a decimal string (`"0.002"` → 3). */
export function decimalPlaces(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Multiplies two decimal strings and rounds the product to `scale` decimals.
 * Used for value × rate (credits) and credits × unit price (money).
 */
export function multiplyDecimals(a: string, b: string, scale: number, rounding: Rounding = 'half-up'): bigint {
  const aScale = decimalPlaces(a.trim());
  const bScale = decimalPlaces(b.trim());
  const product = parseDecimal(a, aScale) * parseDecimal(b, bScale);
  return rescale(product, aScale + bScale, scale, rounding);
}
