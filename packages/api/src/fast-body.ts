/**
 * Usage bodies arrive by the hundred thousand a second and are nearly always valid, so their
 * routes first try a plain check of the same rules as their zod schemas. It only ever says
 * "valid" for a body the schema accepts unchanged; anything else (including anything unusual
 * but valid) goes through zod, which also words the errors. A property test holds the two together.
 */
import {
  DIMENSION_KEY_PATTERN,
  ID_PATTERN,
  NON_NEGATIVE_DECIMAL_PATTERN,
  Timestamp,
  type OperationId,
} from '@creditkit/client';

const EVENT_FIELDS = new Set([
  'customerId',
  'resourceId',
  'featureId',
  'value',
  'timestamp',
  'idempotencyKey',
  'dimensions',
]);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

const isId = (value: unknown): boolean =>
  typeof value === 'string' && value.length >= 1 && value.length <= 128 && ID_PATTERN.test(value);

function isDimensions(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) {
    // `__proto__` is a valid key by the pattern, but copying it is not plain assignment: zod decides.
    if (key === '__proto__' || !DIMENSION_KEY_PATTERN.test(key)) return false;
    const v = value[key];
    if (typeof v !== 'string' || v.length > 256) return false;
  }
  return true;
}

/** `UsageEventInput` accepts `event` as it is. */
export function isPlainUsageEvent(event: unknown): boolean {
  if (!isPlainObject(event)) return false;
  for (const key of Object.keys(event)) if (!EVENT_FIELDS.has(key)) return false;
  const { customerId, resourceId, featureId, value, timestamp, idempotencyKey, dimensions } = event;
  return (
    isId(customerId) &&
    isId(featureId) &&
    (resourceId === undefined || isId(resourceId)) &&
    typeof value === 'string' &&
    value.length <= 40 &&
    NON_NEGATIVE_DECIMAL_PATTERN.test(value) &&
    (timestamp === undefined || Timestamp.safeParse(timestamp).success) &&
    (idempotencyKey === undefined ||
      (typeof idempotencyKey === 'string' && idempotencyKey.length >= 1 && idempotencyKey.length <= 255)) &&
    (dimensions === undefined || isDimensions(dimensions))
  );
}

/** `UsageBatchBody` accepts `body` as it is. */
export function isPlainUsageBatch(body: unknown): boolean {
  if (!isPlainObject(body)) return false;
  const keys = Object.keys(body);
  const events = body.events;
  if (keys.length !== 1 || keys[0] !== 'events' || !Array.isArray(events)) return false;
  if (events.length < 1 || events.length > 1000) return false;
  for (let i = 0; i < events.length; i++) if (!isPlainUsageEvent(events[i])) return false;
  return true;
}

/** Routes whose body has a plain check: the route's zod body schema accepts what it accepts, unchanged. */
export const plainBodyChecks: Partial<Record<OperationId, (body: unknown) => boolean>> = {
  reportUsage: isPlainUsageEvent,
  reportUsageBatch: isPlainUsageBatch,
};
