// Credits and money typed by a customer stay decimal strings: these helpers normalise them without
// going through a float, so precision checks are exact (comparing is `format/decimal`'s).

const DECIMAL = /^(\d+)(?:\.(\d*))?$/;

/** The locale's decimal sign: "." in en-US, "," in de-DE. */
const decimalSign = (locale: string) =>
  new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';

/**
 * A customer's input as a plain non-negative decimal string, or `null` when it is not a number.
 * Read as the locale writes numbers: "1,500.5" in en-US and "1.500,5" in de-DE are both 1500.5;
 * Arabic-Indic digits and separators are understood. The other of "." and "," groups thousands
 * when three digits follow it each time, and is taken as the decimal sign otherwise ("200.50" in
 * de-DE is 200.5, not 20050): a typed amount is never multiplied by a misread separator.
 */
export function parseDecimalInput(text: string, locale = 'en-US'): string | null {
  const point = decimalSign(locale) === ',' ? ',' : '.';
  const other = point === ',' ? '.' : ',';
  let compact = text
    .trim()
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
    .replace(/\u066b/g, point)
    .replace(/[\s_'\u066c]/g, '');
  const [integer = '', decimals, ...more] = compact.split(point);
  const groups = integer.split(other);
  if (more.length) return null;
  if (groups.slice(1).every((group) => /^\d{3}$/.test(group))) compact = groups.join('');
  else if (groups.length === 2 && decimals === undefined) compact = groups.join('.');
  else return null;
  if (decimals !== undefined) compact += `.${decimals}`;
  const match = DECIMAL.exec(compact);
  if (!match) return null;
  const whole = (match[1] ?? '0').replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** A decimal string as a customer would type it in `locale` ("200.5" → "200,5" in de-DE). */
export const inputOf = (value: string, locale: string) => value.replace('.', decimalSign(locale));

/** Number of decimal places written in a decimal string. */
export function decimalPlaces(value: string): number {
  return value.split('.')[1]?.length ?? 0;
}
