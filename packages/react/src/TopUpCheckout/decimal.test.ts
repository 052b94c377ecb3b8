import { describe, expect, it } from 'vitest';
import { parseDecimalInput } from './decimal';
import { formatMoney } from './money';
import { validateCustomAmount } from './useTopUpAmount';

describe('amounts typed by a customer', () => {
  it('normalises input without floats', () => {
    expect(parseDecimalInput(' 1,500 ')).toBe('1500');
    expect(parseDecimalInput('0010.500')).toBe('10.5');
    expect(parseDecimalInput('12abc')).toBeNull();
    expect(parseDecimalInput('-3')).toBeNull();
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
