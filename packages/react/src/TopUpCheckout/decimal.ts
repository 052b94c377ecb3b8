// Credits and money typed by a customer stay decimal strings: these helpers normalise them without
// going through a float, so precision checks are exact (comparing is `format/decimal`'s).

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
