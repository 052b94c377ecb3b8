/** Number options every widget takes. */
export interface NumberOptions {
  /** Decimal places shown. Default: the currency's precision, trimmed of trailing zeros. */
  decimalPlaces?: number;
  /** Show the unit name ("tokens") after the number. Default: `true`. */
  showUnits?: boolean;
  /** Show the currency symbol before the number when it has one. Default: `false`. */
  showSymbol?: boolean;
  /** Use compact notation ("12.5K"). Default: `false`. */
  compact?: boolean;
}

export interface CreditUnit {
  unitSingular: string;
  unitPlural: string;
  symbol?: string;
  precision: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat`: building one is slow, and lists format many values. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * Formats a decimal string exactly (Intl formats numeric strings without going through a float).
 */
export function formatAmount(
  value: string,
  locale: string,
  unit: CreditUnit,
  options: NumberOptions & {
    /** Write a `+` on positive amounts (ledger entries). Default: `false`. */
    signed?: boolean;
  } = {},
): string {
  const { decimalPlaces, showUnits = true, showSymbol = false, compact = false, signed = false } = options;
  const format = numberFormat(locale, {
    notation: compact ? 'compact' : 'standard',
    signDisplay: signed ? 'exceptZero' : 'auto',
    minimumFractionDigits: decimalPlaces ?? 0,
    maximumFractionDigits: decimalPlaces ?? (compact ? 1 : unit.precision),
  });
  // Intl accepts decimal strings at full precision; the DOM lib types only say number.
  const number = format.format(value as unknown as number);
  const symbol = showSymbol && unit.symbol ? `${unit.symbol}\u00a0` : '';
  const isOne = /^[-+]?1(\.0*)?$/.test(value);
  const units = showUnits ? `\u00a0${isOne ? unit.unitSingular : unit.unitPlural}` : '';
  return `${symbol}${number}${units}`;
}

/** Fills `{name}` placeholders of a localization template. */
export function template(text: string, values: Record<string, string | number>, isolate = false): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? (isolate ? `\u2068${values[name]}\u2069` : String(values[name])) : whole,
  );
}

/** Languages written right to left (the primary subtag of a BCP 47 locale). */
const rtl = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)\b/i;

/**
 * A template for a sentence shown to the reader. In a right-to-left locale each value is
 * bidi-isolated (FSI … PDI), so an amount like "1,000 tokens" or "US$200.00" keeps its own
 * direction inside the sentence instead of being reordered with the words around it.
 */
export const sentence = (locale: string, text: string, values: Record<string, string | number>): string =>
  template(text, values, rtl.test(locale));
