import type { AutoRechargePolicy } from '@creditkit/client';
import { compareDecimal } from '../format/decimal';
import { decimalPlaces, inputOf, parseDecimalInput } from '../TopUpCheckout/decimal';

export interface PolicyDraft {
  enabled: boolean;
  threshold: string;
  target: string;
  /** Money per month; empty for no limit. */
  limit: string;
}

export type PolicyField = 'threshold' | 'target' | 'limit';

export type PolicyError =
  | { code: 'thresholdRequired' | 'targetRequired' | 'invalidNumber' | 'limitInvalid' }
  | { code: 'tooPrecise'; places: number }
  | { code: 'targetNotAbove'; threshold: string };

/**
 * `"1000.000"` reads `1000` in an input, and `"2.5"` reads `2,5` in de-DE: the engine's trailing
 * zeros say nothing to a person, and the locale's decimal sign is the one they type.
 */
const plain = (amount: string | undefined, locale: string) =>
  inputOf(amount?.includes('.') ? amount.replace(/\.?0+$/, '') : (amount ?? ''), locale);

export function draftOf(policy: AutoRechargePolicy | undefined, locale = 'en-US'): PolicyDraft {
  return {
    enabled: policy?.enabled ?? false,
    threshold: plain(policy?.threshold, locale),
    target: plain(policy?.target, locale),
    limit: inputOf(policy?.monthlySpendLimit ?? '', locale),
  };
}

/** Decimal places of a money currency (2 for USD, 0 for JPY), from Intl. */
export function moneyPlaces(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Checks a draft exactly (decimal strings, no floats); returns each field's error and the body to save. */
export function validatePolicy(draft: PolicyDraft, precision: number, moneyDigits: number, locale = 'en-US') {
  const errors: Partial<Record<PolicyField, PolicyError>> = {};
  const credits = (field: 'threshold' | 'target'): string | null => {
    const text = draft[field];
    if (!text.trim()) {
      errors[field] = { code: field === 'threshold' ? 'thresholdRequired' : 'targetRequired' };
      return null;
    }
    const value = parseDecimalInput(text, locale);
    if (value === null) errors[field] = { code: 'invalidNumber' };
    else if (decimalPlaces(value) > precision) errors[field] = { code: 'tooPrecise', places: precision };
    else return value;
    return null;
  };
  const threshold = credits('threshold');
  const target = credits('target');
  if (threshold !== null && target !== null && compareDecimal(target, threshold) <= 0) {
    errors.target = { code: 'targetNotAbove', threshold };
  }
  let limit: string | null = null;
  if (draft.limit.trim()) {
    limit = parseDecimalInput(draft.limit, locale);
    if (limit === null) errors.limit = { code: 'limitInvalid' };
    else if (decimalPlaces(limit) > moneyDigits) errors.limit = { code: 'tooPrecise', places: moneyDigits };
  }
  const valid = Object.keys(errors).length === 0 && threshold !== null && target !== null;
  return {
    errors,
    body: valid ? { enabled: draft.enabled, threshold, target, monthlySpendLimit: limit } : null,
  };
}
