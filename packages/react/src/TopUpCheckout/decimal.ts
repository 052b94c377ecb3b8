// Credits and money typed by a customer stay decimal strings: these helpers compare and normalise
// them without going through a float, so "0.1" + precision checks are exact.

const DECIMAL = /^(\d+)(?:\.(\d*))?$/;

/** A customer's input as a plain non-negative decimal string ("1,000" → "1000"), or `null` when it is not a number. */
export function parseDecimalInput(text: string): string | null {
  const compact = text.trim().replace(/[\s,_']/g, '');
  const match = DECIMAL.exec(compact);
  if (!match) return null;
  const whole = (match[1] ?? '0').replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Number of decimal places written in a decimal string. */
export function decimalPlaces(value: string): number {
  return value.split('.')[1]?.length ?? 0;
}

function toUnits(value: string, scale: number): bigint {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const units = BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
  return negative ? -units : units;
}

/** Compares two decimal strings exactly: -1, 0 or 1. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const scale = Math.max(decimalPlaces(a), decimalPlaces(b));
  const [x, y] = [toUnits(a, scale), toUnits(b, scale)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `a - b` as a decimal string, exactly. */
export function subtractDecimal(a: string, b: string): string {
  const scale = Math.max(decimalPlaces(a), decimalPlaces(b));
  const units = toUnits(a, scale) - toUnits(b, scale);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}
