const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats a money amount (a decimal string) in its ISO 4217 currency with `Intl`'s currency style.
 * Intl formats numeric strings exactly, so cents never pass through a float.
 */
export function formatMoney(value: string, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
  // Intl accepts decimal strings at full precision; the DOM lib types only say number.
  return format.format(value as unknown as number);
}
