/** Input checks shared by the commands: each failure names the field and how to fix it. */
import { parseDecimal } from './decimal';
import { CreditError } from './errors';
import type { Actor } from './types';

const invalid = (field: string, message: string): CreditError => new CreditError('invalid_request', message, { field });

export function text(value: unknown, field: string, max = 200): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw invalid(field, `${field} must be a non-empty string of at most ${max} characters.`);
  }
  return value;
}

export function optionalText(value: unknown, field: string, max = 500): string | null {
  if (value === undefined || value === null) return null;
  return text(value, field, max);
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

export function id(value: unknown, field: string): string {
  if (value === '*') {
    throw invalid(
      field,
      `${field} "*" is reserved: usage queries read it as "every pool of the customer", so nothing may be named "*". Choose another id, or pass "*" only as the resourceId of a usage query.`,
    );
  }
  if (typeof value !== 'string' || !ID.test(value)) {
    throw invalid(
      field,
      `${field} must be 1–128 characters of letters, digits, ".", "_", ":", "@" or "-", starting with a letter or digit.`,
    );
  }
  return value;
}

export function optionalId(value: unknown, field: string): string | null {
  return value === undefined || value === null ? null : id(value, field);
}

export function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, `${field} must be a whole number between ${min} and ${max}.`);
  }
  return value;
}

export function actor(value: unknown): Actor {
  const a = value as Partial<Actor> | null | undefined;
  if (
    !a ||
    typeof a !== 'object' ||
    !['admin', 'customer', 'system', 'subscription'].includes(a.type ?? '') ||
    typeof a.id !== 'string' ||
    a.id === ''
  ) {
    throw invalid('actor', 'actor must be {type: "admin"|"customer"|"system"|"subscription", id: string}.');
  }
  return { type: a.type!, id: a.id };
}

/** A decimal string at `scale` that must be > 0 (or ≥ 0 with `allowZero`). */
export function amount(value: unknown, scale: number, field: string, allowZero = false): bigint {
  if (typeof value !== 'string') {
    throw new CreditError('invalid_amount', `${field} must be a decimal number written as a string, like "12.5".`, {
      field,
    });
  }
  const units = parseDecimal(value, scale, field);
  if (units < 0n || (!allowZero && units === 0n)) {
    throw new CreditError(
      'invalid_amount',
      `${field} must be ${allowZero ? 'zero or more' : 'greater than zero'}; got "${value}".`,
      { field },
    );
  }
  return units;
}

/** Parses an ISO-8601 instant into epoch milliseconds. */
export function time(value: unknown, field: string): number {
  const ms = typeof value === 'string' ? parseInstant(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw invalid(field, `${field} must be an ISO-8601 date-time such as "2026-01-31T00:00:00Z".`);
  }
  return ms;
}

/**
 * `Date.parse`, with a fast path for the form every usage event carries
 * (`2026-01-31T12:00:00Z`, optionally with milliseconds): read digit by digit and counted in
 * plain arithmetic, it skips the general parser and the call into the runtime that `Date.UTC`
 * costs. Anything else, or a field out of the plain range, goes to `Date.parse`.
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if ((n === 20 || n === 24) && text.charCodeAt(n - 1) === 90 /* Z */) {
    const year = digits(text, 0, 4);
    const month = text.charCodeAt(4) === 45 ? digits(text, 5, 2) : -1;
    const day = text.charCodeAt(7) === 45 ? digits(text, 8, 2) : -1;
    const hour = text.charCodeAt(10) === 84 /* T */ ? digits(text, 11, 2) : -1;
    const minute = text.charCodeAt(13) === 58 ? digits(text, 14, 2) : -1;
    const second = text.charCodeAt(16) === 58 ? digits(text, 17, 2) : -1;
    const milli = n === 20 ? 0 : text.charCodeAt(19) === 46 ? digits(text, 20, 3) : -1;
    if (
      year >= 1000 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      (day <= 28 || day <= daysInMonth(year, month)) &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59 &&
      milli >= 0
    ) {
      return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + milli;
    }
  }
  return Date.parse(text);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (years from 0 on). */
function daysFromCivil(year: number, month: number, day: number): number {
  // Years counted from March, so the leap day ends a year; eras of 400 years repeat exactly.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number written by `count` ASCII digits at `from`, or -1. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

export function oneOf<T extends string>(value: unknown, options: readonly T[], field: string): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw invalid(field, `${field} must be one of ${options.map((o) => `"${o}"`).join(', ')}.`);
  }
  return value as T;
}

export function idempotencyKey(value: unknown, required: boolean): string | null {
  if (value === undefined || value === null) {
    if (required) throw invalid('idempotencyKey', 'idempotencyKey is required: send a unique key per operation.');
    return null;
  }
  return text(value, 'idempotencyKey', 255);
}

export function dimensions(value: unknown): Readonly<Record<string, string>> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalid('dimensions', 'dimensions must be an object of string keys to string values.');
  }
  let count = 0;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v !== 'string' || key.length > 64 || v.length > 256 || ++count > 20) {
      throw invalid(
        'dimensions',
        'dimensions must map at most 20 keys (≤ 64 characters) to string values (≤ 256 characters).',
      );
    }
  }
  return count === 0 ? undefined : (value as Record<string, string>);
}

/** A canonical JSON of a payload (sorted keys), to tell a repeated request from a different one. */
export function fingerprint(op: string, payload: unknown): string {
  return `${op}:${JSON.stringify(payload, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )}`;
}
