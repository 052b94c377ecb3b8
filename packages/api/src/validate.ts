import type { Route } from '@creditkit/client';
import { z } from 'zod';
import type { RawInput } from './context';
import { ApiError } from './errors';
import { plainBodyChecks } from './fast-body';

export type Part = 'params' | 'query' | 'body' | 'headers';

export interface ParsedInput {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  headers: Record<string, unknown>;
}

const where: Record<Part, string> = { params: 'path', query: 'query', body: 'body', headers: 'header' };

/**
 * Parses each part of a request with its route's schemas. Request objects are strict: an unknown
 * field is refused (a typo such as `ammount` must not silently do nothing), never stripped.
 */
export function parseInput(route: Route, raw: RawInput): ParsedInput {
  const fields: FieldError[] = [];
  const part = (name: Part, schema: z.ZodObject | undefined, value: unknown) => {
    if (!schema) {
      if (name === 'body' && raw.body !== undefined && !isEmptyObject(raw.body)) {
        fields.push({ field: 'body', in: 'body', message: 'must be empty: this route takes no body' });
      }
      return {};
    }
    if (name === 'body' && plainBodyChecks[route.id]?.(value)) return value as Record<string, unknown>;
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data as Record<string, unknown>;
    fields.push(...result.error.issues.map((issue) => describe(name, issue)));
    return {};
  };
  const parsed: ParsedInput = {
    params: part('params', route.params, raw.params ?? {}),
    query: part('query', route.query, route.query ? normalizeQuery(route.query, raw.query ?? {}) : raw.query),
    body: part('body', route.body, raw.body),
    headers: part('headers', route.headers, route.headers ? pick(route.headers, raw.headers ?? {}) : {}),
  };
  if (!route.query && raw.query && Object.keys(raw.query).length > 0) {
    const names = Object.keys(raw.query).map((k) => `\`${k}\``);
    fields.push({ field: names.join(', '), in: 'query', message: 'is not a query parameter of this route; remove it' });
  }
  const first = fields[0];
  if (first) {
    const more =
      fields.length > 1
        ? ` (and ${fields.length - 1} more problem${fields.length > 2 ? 's' : ''}, see details.fields)`
        : '';
    throw new ApiError(
      400,
      'invalid_request',
      `The ${where[first.in]} ${first.field === first.in ? 'is invalid' : `field ${first.field}`}: ${first.message}${more}.`,
      { fields },
    );
  }
  return parsed;
}

export interface FieldError {
  /** Dotted path inside the part, e.g. `events.3.value`. */
  field: string;
  in: Part;
  message: string;
}

function describe(part: Part, issue: z.core.$ZodIssue): FieldError {
  const path = issue.path.map(String).join('.');
  const field = path ? `\`${path}\`` : part;
  return { field, in: part, message: messageOf(issue) };
}

/** Turns zod's issue into the second half of a sentence that says how to fix it. */
function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required (${article(issue.expected)})`;
      if (issue.expected === 'object' && issue.path.length === 0) return 'must be a JSON object';
      if (Array.isArray(issue.input) && issue.expected !== 'array') return 'must be given once, not repeated';
      return `must be ${article(issue.expected)}, not ${kindOf(issue.input)}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}; remove ${issue.keys.length > 1 ? 'them' : 'it'} (check the spelling against the API reference)`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return 'must be an ISO 8601 instant, like "2026-11-15T12:00:00Z"';
      if (issue.format === 'regex') return issue.message;
      return `must be a valid ${issue.format}`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    default:
      return issue.message;
  }
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const bound = issue.code === 'too_small' ? 'at least' : 'at most';
  switch (issue.origin) {
    case 'string':
      return `must be ${bound} ${limit} characters long`;
    case 'array':
      return `must hold ${bound} ${limit} item${limit === '1' ? '' : 's'}`;
    default:
      return `must be ${bound} ${limit}`;
  }
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : article(typeof value);
const isEmptyObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;

/** A repeatable query field arrives as a string when given once: make it a list. */
function normalizeQuery(schema: z.ZodObject, query: NonNullable<RawInput['query']>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const field = schema.shape[key];
    out[key] = field && isArraySchema(field) && typeof value === 'string' ? [value] : value;
  }
  return out;
}

function isArraySchema(schema: z.core.$ZodType): boolean {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap();
  return current instanceof z.ZodArray;
}

/** Only the headers a route declares are validated; the rest are none of its business. */
function pick(schema: z.ZodObject, headers: NonNullable<RawInput['headers']>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = headers[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
