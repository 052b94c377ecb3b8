import { describe, expect, it } from 'vitest';
import { formatDate, formatRelativeTime } from './date';
import { compareDecimal, percentOf, subtractDecimal } from './decimal';
import { formatAmount, sentence, template } from './format';

const tokens = { unitSingular: 'token', unitPlural: 'tokens', symbol: '◆', precision: 3 };

describe('formatAmount', () => {
  it('formats decimal strings past float precision exactly', () => {
    expect(formatAmount('12345678901234567.891', 'en-US', tokens)).toBe('12,345,678,901,234,567.891\u00a0tokens');
  });
  it('follows the locale, compact notation, the symbol, one-vs-many and signs', () => {
    expect(formatAmount('12450.5', 'de-DE', tokens)).toBe('12.450,5\u00a0tokens');
    expect(formatAmount('12450.5', 'en-US', tokens, { compact: true, showUnits: false })).toBe('12.5K');
    expect(formatAmount('1', 'en-US', tokens, { showSymbol: true })).toBe('◆\u00a01\u00a0token');
    expect(formatAmount('5', 'en-US', tokens, { signed: true, showUnits: false })).toBe('+5');
    expect(formatAmount('-5', 'en-US', tokens, { signed: true, showUnits: false })).toBe('-5');
  });
});

describe('templates', () => {
  it('fill placeholders and leave unknown ones as written', () => {
    expect(template('{used} of {total} ({x})', { used: '5 tokens', total: 10 })).toBe('5 tokens of 10 ({x})');
  });
  it('isolate each value of a sentence in right-to-left locales only', () => {
    const values = { used: '5 tokens', total: '10 tokens' };
    expect(sentence('ar-EG', '{used} من {total}', values)).toBe('\u20685 tokens\u2069 من \u206810 tokens\u2069');
    expect(sentence('he', '{used}', values)).toBe('\u20685 tokens\u2069');
    expect(sentence('fa-IR', '{used}', values)).toBe('\u20685 tokens\u2069');
    expect(sentence('en-US', '{used} of {total}', values)).toBe('5 tokens of 10 tokens');
    expect(sentence('de-DE', '{used} von {total}', values)).toBe('5 tokens von 10 tokens');
  });
});

describe('decimal helpers', () => {
  it('compare, subtract and take percentages without floats', () => {
    expect(compareDecimal('0.1', '0.10')).toBe(0);
    expect(compareDecimal('-1', '0')).toBe(-1);
    expect(compareDecimal('10000000000000000.001', '10000000000000000')).toBe(1);
    expect(subtractDecimal('0.3', '0.1')).toBe('0.2');
    expect(subtractDecimal('1', '2.5')).toBe('-1.5');
    expect(percentOf('1', '3')).toBe(33.33);
    expect(percentOf('5', '0')).toBe(0);
    expect(percentOf('7', '5')).toBe(100);
  });
});

describe('dates', () => {
  it('formats in the locale and says relative times in words', () => {
    expect(formatDate('2026-11-15T12:00:00Z', 'de-DE')).toBe('15.11.2026');
    const now = Date.parse('2026-11-15T12:00:00Z');
    expect(formatRelativeTime('2026-11-18T12:00:00Z', 'en-US', now)).toBe('in 3 days');
    expect(formatRelativeTime('2026-11-15T10:00:00Z', 'en-US', now)).toBe('2 hours ago');
  });
});
