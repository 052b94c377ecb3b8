import type { AutoRechargePolicy } from '@creditkit/client';
import { compareDecimal } from '../format/decimal';
import { decimalPlaces, parseDecimalInput } from '../TopUpCheckout/decimal';

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

/** `"1000.000"` reads `1000` in an input: the engine's trailing zeros say nothing to a person. */
const plain = (amount: string | undefined) => (amount?.includes('.') ? amount.replace(/\.?0+$/, '') : (amount ?? ''));

export function draftOf(policy: AutoRechargePolicy | undefined): PolicyDraft {
  return {
    enabled: policy?.enabled ?? false,
    threshold: plain(policy?.threshold),
    target: plain(policy?.target),
    limit: policy?.monthlySpendLimit ?? '',
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
export function validatePolicy(draft: PolicyDraft, precision: number, moneyDigits: number) {
  const errors: Partial<Record<PolicyField, PolicyError>> = {};
  const credits = (field: 'threshold' | 'target'): string | null => {
    const text = draft[field];
    if (!text.trim()) {
      errors[field] = { code: field === 'threshold' ? 'thresholdRequired' : 'targetRequired' };
      return null;
    }
    const value = parseDecimalInput(text);
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
    limit = parseDecimalInput(draft.limit);
    if (limit === null) errors.limit = { code: 'limitInvalid' };
    else if (decimalPlaces(limit) > moneyDigits) errors.limit = { code: 'tooPrecise', places: moneyDigits };
  }
  const valid = Object.keys(errors).length === 0 && threshold !== null && target !== null;
  return {
    errors,
    body: valid ? { enabled: draft.enabled, threshold, target, monthlySpendLimit: limit } : null,
  };
}
