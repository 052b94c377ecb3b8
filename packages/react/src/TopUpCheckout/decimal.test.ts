import { describe, expect, it } from 'vitest';
import { compareDecimal, parseDecimalInput, subtractDecimal } from './decimal';
import { formatMoney } from './money';
import { validateCustomAmount } from './useTopUpAmount';

describe('amounts typed by a customer', () => {
  it('normalises input without floats', () => {
    expect(parseDecimalInput(' 1,500 ')).toBe('1500');
    expect(parseDecimalInput('0010.500')).toBe('10.5');
    expect(parseDecimalInput('12abc')).toBeNull();
    expect(parseDecimalInput('-3')).toBeNull();
  });

  it('compares and subtracts exactly', () => {
    expect(compareDecimal('0.3', '0.1')).toBe(1);
    expect(compareDecimal('100', '100.000')).toBe(0);
    expect(compareDecimal('99.999', '100')).toBe(-1);
    expect(subtractDecimal('0.3', '0.1')).toBe('0.2');
    expect(subtractDecimal('5', '12.25')).toBe('-7.25');
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
