import { z } from 'zod';
import { Actor, Cursor, DecimalString, Dimensions, PageQuery, PoolQuery, Timestamp } from './common';

export const LedgerEntryType = z
  .enum(['grant', 'consumption', 'expiration', 'void', 'adjustment', 'auto_recharge'])
  .meta({ id: 'LedgerEntryType' });
export type LedgerEntryType = z.infer<typeof LedgerEntryType>;

export const LedgerEntry = z
  .object({
    id: z.string(),
    customerId: z.string(),
    currencyId: z.string(),
    resourceId: z.string().nullable(),
    type: LedgerEntryType,
    amount: DecimalString.meta({ description: 'Signed: positive adds credits, negative removes them.' }),
    balanceAfter: DecimalString,
    grantId: z.string().nullable().meta({ description: '`null` on the part of a consumption that went into overage.' }),
    usageEventId: z.string().nullable(),
    featureId: z.string().nullable(),
    dimensions: Dimensions.nullable(),
    overage: z.boolean().meta({ description: 'True on the part of a consumption that took the balance below zero.' }),
    actor: Actor,
    reason: z.string().nullable(),
    at: Timestamp,
  })
  .meta({ id: 'LedgerEntry' });
export type LedgerEntry = z.infer<typeof LedgerEntry>;

const ledgerFilters = {
  type: z.array(LedgerEntryType).max(6).optional().meta({ description: 'Repeatable: entries of any of these types.' }),
  from: Timestamp.optional().meta({ description: 'Entries at or after this instant.' }),
  to: Timestamp.optional().meta({ description: 'Entries before this instant.' }),
};

export const LedgerListQuery = PoolQuery.extend({ ...ledgerFilters, ...PageQuery });
export const LedgerExportQuery = PoolQuery.extend(ledgerFilters);

export const LedgerPage = z.object({ data: z.array(LedgerEntry), nextCursor: Cursor }).meta({ id: 'LedgerPage' });
export type LedgerPage = z.infer<typeof LedgerPage>;

/** The CSV export (RFC 4180): one header row, then one row per entry, newest first. */
export const LedgerCsv = z.string().meta({
  description:
    'CSV: at, type, amount, balanceAfter, grantId, usageEventId, featureId, dimensions, overage, actor, reason, id.',
});
