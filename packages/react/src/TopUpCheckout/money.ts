import { numberFormat } from '../format/format';

/**
 * Formats a money amount (a decimal string) in its ISO 4217 currency with `Intl`'s currency style.
 * Intl formats numeric strings exactly, so cents never pass through a float.
 */
export function formatMoney(value: string, currency: string, locale: string): string {
  // Intl accepts decimal strings at full precision; the DOM lib types only say number.
  return numberFormat(locale, { style: 'currency', currency }).format(value as unknown as number);
}
