import type { LedgerEntry, LedgerEntryType } from '@creditkit/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatAmount, type NumberOptions } from '../format/format';
import { useControllableState } from '../hooks/useControllableState';
import { useFeatureNames } from '../hooks/useFeatureNames';
import { pagedList, type ListState } from '../hooks/pagedList';
import { useCursorPages } from '../hooks/useCursorPages';
import { usePoolScope } from '../provider/context';
import { creditQueries, type LedgerFilters } from '../queries';

export type LedgerTypeFilter = LedgerEntryType | 'all';
export type LedgerPeriod = 'all' | '7d' | '30d' | '90d';

export interface LedgerFilterValue {
  type: LedgerTypeFilter;
  period: LedgerPeriod;
}

export interface UseCreditLedgerOptions extends NumberOptions {
  /** The credit currency to show, e.g. `cred-type-ai-tokens`. */
  currencyId: string;
  /** The pool to show; overrides the provider's. `null` is the global pool. */
  resourceId?: string | null;
  /** The filters, controlled. */
  filters?: LedgerFilterValue;
  /** The filters to start with, uncontrolled. Default: `{ type: 'all', period: 'all' }`. */
  defaultFilters?: LedgerFilterValue;
  /** Called when the reader changes a filter. */
  onFiltersChange?: (filters: LedgerFilterValue) => void;
  /** Rows per page. Default: `20`. */
  pageSize?: number;
}

export interface LedgerRow {
  entry: LedgerEntry;
  /** Signed and formatted, e.g. "+100 tokens" / "-12.5 tokens". */
  amount: string;
  balanceAfter: string;
  direction: 'credit' | 'debit';
  /** The feature that consumed, by its catalogue name (its id until the catalogue loads); `null` when none. */
  feature: string | null;
}

export type CreditLedgerState = ListState;

const periodDays: Record<Exclude<LedgerPeriod, 'all'>, number> = { '7d': 7, '30d': 30, '90d': 90 };

/** The API filters a filter value stands for; the period ends now, rounded to the minute so the key is stable. */
export function ledgerFilters({ type, period }: LedgerFilterValue, now: number = Date.now()): LedgerFilters {
  const minute = Math.floor(now / 60_000) * 60_000;
  return {
    type: type === 'all' ? undefined : type,
    from: period === 'all' ? undefined : new Date(minute - periodDays[period] * 86_400_000).toISOString(),
  };
}

/** Headless ledger: formatted rows, type and period filters, cursor pages and a CSV export. */
export function useCreditLedger({
  currencyId,
  resourceId,
  filters: filtersProp,
  defaultFilters = { type: 'all', period: 'all' },
  onFiltersChange,
  pageSize = 20,
  ...numberOptions
}: UseCreditLedgerOptions) {
  const { context, scope } = usePoolScope(currencyId, resourceId);
  const [filters, setFilters] = useControllableState(filtersProp, defaultFilters, onFiltersChange);
  // The period ends when the widget mounted, so the query key (and its cache) stays stable.
  const [mountedAt] = useState(() => Date.now());
  const apiFilters = ledgerFilters(filters, mountedAt);
  const pages = useCursorPages(`${scope.resourceId}|${currencyId}|${filters.type}|${filters.period}`);
  const query = useQuery({
    ...creditQueries.ledger(context.client, scope, { ...apiFilters, cursor: pages.cursor, limit: pageSize }),
    placeholderData: keepPreviousData,
  });
  const { items, ...list } = pagedList(query, pages, pageSize);
  const featureName = useFeatureNames(currencyId);
  const balance = useQuery(creditQueries.balance(context.client, scope));
  const currency = balance.data?.currency;
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  const format = (value: string, signed = false) =>
    currency ? formatAmount(value, context.locale, currency, { ...numberOptions, signed }) : value;
  const rows: LedgerRow[] = items.map((entry) => ({
    entry,
    amount: format(entry.amount, true),
    balanceAfter: format(entry.balanceAfter),
    direction: entry.amount.startsWith('-') ? 'debit' : 'credit',
    feature: entry.featureId === null ? null : featureName(entry.featureId),
  }));

  return {
    ...list,
    scope,
    locale: context.locale,
    /** The provider's time zone: dates and times are shown on its clock. */
    timeZone: context.timeZone,
    rows,
    filters,
    setFilters,
    exporting,
    exportError,
    /** Fetches the CSV of the filtered ledger (every page) and resolves with its text. */
    fetchCsv: () => context.client.exportLedgerCsv({ ...scope, ...apiFilters }),
    /** Downloads the CSV of the filtered ledger as a file. */
    exportCsv: async () => {
      setExporting(true);
      setExportError(null);
      try {
        const csv = await context.client.exportLedgerCsv({ ...scope, ...apiFilters });
        const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = `ledger-${scope.resourceId ?? 'global'}-${currencyId}.csv`;
        link.click();
        // Give the browser a moment to start the download before freeing the blob.
        setTimeout(() => URL.revokeObjectURL(url), 1_000);
      } catch (error) {
        setExportError(error);
      } finally {
        setExporting(false);
      }
    },
  };
}
