import { describe, expect, it } from 'vitest';
import { inputOf, parseDecimalInput } from './decimal';
import { formatMoney } from './money';
import { validateCustomAmount } from './useTopUpAmount';

describe('amounts typed by a customer', () => {
  it('normalises input without floats', () => {
    expect(parseDecimalInput(' 1,500 ')).toBe('1500');
    expect(parseDecimalInput('0010.500')).toBe('10.5');
    expect(parseDecimalInput('12abc')).toBeNull();
    expect(parseDecimalInput('-3')).toBeNull();
  });

  it("reads the locale's decimal sign and grouping, and never multiplies a misread separator", () => {
    expect(parseDecimalInput('1,500.25', 'en-US')).toBe('1500.25');
    expect(parseDecimalInput('200,50', 'de-DE')).toBe('200.5');
    expect(parseDecimalInput('1.500,5', 'de-DE')).toBe('1500.5');
    expect(parseDecimalInput('1.000', 'de-DE')).toBe('1000');
    // "." after a number in German is a decimal point when three digits do not follow it.
    expect(parseDecimalInput('200.50', 'de-DE')).toBe('200.5');
    expect(parseDecimalInput('1,5', 'en-US')).toBe('1.5');
    expect(parseDecimalInput('1\u202f500,5', 'fr-FR')).toBe('1500.5');
    expect(parseDecimalInput('١٬٥٠٠٫٥', 'ar')).toBe('1500.5');
    expect(parseDecimalInput('1,50,0', 'en-US')).toBeNull();
    expect(parseDecimalInput('1.5,5', 'de-DE')).toBeNull();
    expect(inputOf('200.5', 'de-DE')).toBe('200,5');
    expect(inputOf('200.5', 'en-US')).toBe('200.5');
  });

  it('enforces bounds and precision of a custom amount', () => {
    const bounds = { min: '100', max: '100000' };
    expect(validateCustomAmount('99.999', bounds, 3).error).toEqual({ code: 'customBelowMin', min: '100' });
    expect(validateCustomAmount('100000.001', bounds, 3).error).toEqual({ code: 'customAboveMax', max: '100000' });
    expect(validateCustomAmount('150.0001', bounds, 3).error).toEqual({ code: 'customPrecision', places: 3 });
    expect(validateCustomAmount('1,500', bounds, 3)).toEqual({ credits: '1500', error: null });
  });

  it('formats money in the billing currency from decimal strings', () => {
    expect(formatMoney('1234.5', 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney('0.1', 'EUR', 'de-DE')).toBe('0,10\u00a0€');
    expect(formatMoney('1000', 'JPY', 'ja-JP')).toBe('￥1,000');
  });
});
