import { z } from 'zod';
import { DecimalString, Id, Timestamp } from './common';

export const Granularity = z.enum(['hour', 'day', 'week', 'month']).meta({ id: 'Granularity' });
export type Granularity = z.infer<typeof Granularity>;

export const DatePreset = z.enum(['24h', '7d', '30d', '90d', 'month_to_date', 'last_month']).meta({
  id: 'DatePreset',
  description:
    'A window of whole buckets ending with the current one (or the last whole calendar month), in `timeZone`.',
});

/** Whether this runtime knows `zone` as an IANA time zone. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

export const TimeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, 'must be an IANA time zone such as `Europe/Berlin`, `America/New_York` or `UTC`')
  .meta({
    id: 'TimeZone',
    description:
      'The IANA time zone whose wall clock cuts days, weeks, months and presets, e.g. `Europe/Berlin`; `UTC` when omitted.',
  });
export type DatePreset = z.infer<typeof DatePreset>;

/** The window and pools both usage endpoints read. */
const window = {
  currencyId: Id,
  resourceId: Id.optional().meta({ description: 'One resource pool; the global pool when omitted.' }),
  allPools: z
    .stringbool()
    .optional()
    .meta({ description: 'Read every pool of the customer (global and all resources); `resourceId` is then ignored.' }),
  from: Timestamp.optional().meta({ description: 'Start of a custom window (inclusive); use with `to`.' }),
  to: Timestamp.optional().meta({ description: 'End of a custom window (exclusive).' }),
  preset: DatePreset.optional().meta({ description: 'Used when `from`/`to` are omitted; `30d` when all are omitted.' }),
  timeZone: TimeZone.optional(),
};

export const UsageQueryParams = z.strictObject({
  ...window,
  granularity: Granularity.optional().meta({ description: '`day` when omitted.' }),
  groupBy: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be `feature` or a dimension key such as `model`')
    .optional()
    .meta({ description: '`feature` (the default), `none` (one series) or any dimension key, e.g. `model`.' }),
  filter: z
    .array(z.string().regex(/^[A-Za-z0-9_.-]{1,64}:.{0,256}$/, 'must look like `key:value`, e.g. `model:gpt-4o`'))
    .max(20)
    .optional()
    .meta({
      description:
        'Dimension filters as `key:value`, repeatable: values of one key are alternatives, different keys must all match.',
    }),
  maxSeries: z.coerce.number().int().min(1).max(50).optional().meta({
    description: 'The largest `maxSeries - 1` series are kept, the rest summed into `Other`; 10 when omitted.',
  }),
});

export const UsagePoint = z.object({ bucket: Timestamp, credits: DecimalString }).meta({ id: 'UsagePoint' });

export const UsageSeries = z
  .object({
    key: z
      .string()
      .meta({ description: 'The feature id or dimension value; `(none)` / `(other)` for the special kinds.' }),
    label: z.string().meta({ description: 'The feature name, the dimension value, `(none)` or `Other`.' }),
    kind: z
      .enum(['value', 'none', 'other', 'total'])
      .optional()
      .meta({ description: '`none`: events lacking the grouped key; `other`: the folded tail.' }),
    points: z.array(UsagePoint).meta({ description: 'One point per bucket, zeros included.' }),
    total: DecimalString,
  })
  .meta({ id: 'UsageSeries' });
export type UsageSeries = z.infer<typeof UsageSeries>;

export const UsageQueryResult = z
  .object({
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    allPools: z.boolean(),
    from: Timestamp,
    to: Timestamp,
    granularity: Granularity,
    timeZone: z.string().optional().meta({ description: 'The time zone the buckets were cut in (`UTC` when absent).' }),
    groupBy: z.string().meta({ description: '`feature`, `none` or the dimension key grouped by.' }),
    buckets: z.array(Timestamp).meta({ description: 'Start of every bucket in the window, oldest first.' }),
    series: z.array(UsageSeries).meta({ description: 'Largest total first; an `Other` series comes last.' }),
    total: DecimalString,
  })
  .meta({ id: 'UsageQueryResult' });
export type UsageQueryResult = z.infer<typeof UsageQueryResult>;

export const UsageDimensionsQuery = z.strictObject({
  ...window,
  maxValuesPerKey: z.coerce.number().int().min(1).max(1000).optional().meta({ description: '100 when omitted.' }),
});

export const UsageDimensions = z
  .object({
    from: Timestamp,
    to: Timestamp,
    dimensions: z.array(
      z.object({
        key: z.string(),
        values: z.array(z.string()).meta({ description: 'Values seen in the window, most used first.' }),
      }),
    ),
  })
  .meta({ id: 'UsageDimensions' });
export type UsageDimensions = z.infer<typeof UsageDimensions>;
