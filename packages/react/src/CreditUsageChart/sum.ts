/**
 * Exact sum of decimal strings ("12.5" + "0.25" = "12.75"): totals in the tooltip, the table and
 * the CSV must add up to the engine's to the last digit, which floats do not promise.
 */
export function sumDecimals(values: readonly string[]): string {
  let scale = 0;
  const parsed = values.map((value) => {
    const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value);
    if (!match) throw new RangeError(`creditkit: "${value}" is not a decimal string like "12.5".`);
    const fraction = match[3] ?? '';
    scale = Math.max(scale, fraction.length);
    const units = BigInt(`${match[2]}${fraction}`);
    return { units: match[1] ? -units : units, scale: fraction.length };
  });
  const total = parsed.reduce((sum, { units, scale: own }) => sum + units * 10n ** BigInt(scale - own), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
