import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PoolScope } from '../queries';
import { balanceQuery } from '../queries';
import type { CreditsClient, Pack } from '@creditkit/client';
import { compareDecimal } from '../format/decimal';
import { decimalPlaces, parseDecimalInput } from './decimal';
import { checkoutQueries } from './queries';
import { useDebouncedValue } from './useDebouncedValue';

export type AmountSelection = { kind: 'pack'; packId: string } | { kind: 'custom'; text: string };

export type CustomAmountError =
  | { code: 'customRequired' | 'customInvalid' }
  | { code: 'customBelowMin'; min: string }
  | { code: 'customAboveMax'; max: string }
  | { code: 'customPrecision'; places: number };

/** How long a typed custom amount must stay still before it is judged and quoted. */
export const QUOTE_DEBOUNCE_MS = 350;

export function validateCustomAmount(
  text: string,
  bounds: { min: string; max: string },
  precision: number,
  locale = 'en-US',
): { credits: string; error: null } | { credits: null; error: CustomAmountError } {
  if (!text.trim()) return { credits: null, error: { code: 'customRequired' } };
  const credits = parseDecimalInput(text, locale);
  if (credits === null) return { credits: null, error: { code: 'customInvalid' } };
  if (decimalPlaces(credits) > precision)
    return { credits: null, error: { code: 'customPrecision', places: precision } };
  if (compareDecimal(credits, bounds.min) < 0)
    return { credits: null, error: { code: 'customBelowMin', min: bounds.min } };
  if (compareDecimal(credits, bounds.max) > 0)
    return { credits: null, error: { code: 'customAboveMax', max: bounds.max } };
  return { credits, error: null };
}

/** Step 1 of the checkout: the packs, the custom amount and the server quote for the chosen credits. */
export function useTopUpAmount(
  client: CreditsClient,
  scope: PoolScope,
  options: { defaultPackId?: string; enabled: boolean; locale: string },
) {
  const balance = useQuery(balanceQuery(client, scope));
  const packsQuery = useQuery(checkoutQueries.packs(client, scope));
  const [chosen, setChosen] = useState<AmountSelection | null>(null);
  const packs = packsQuery.data?.data ?? [];
  const custom = packsQuery.data?.customAmount ?? null;
  const currency = balance.data?.currency;

  const fallback: AmountSelection | null =
    packs.length > 0
      ? { kind: 'pack', packId: packs.find((p) => p.id === options.defaultPackId)?.id ?? packs[0]!.id }
      : custom
        ? { kind: 'custom', text: '' }
        : null;
  const selection = chosen ?? fallback;
  const selectedPack: Pack | undefined =
    selection?.kind === 'pack' ? packs.find((p) => p.id === selection.packId) : undefined;

  const customText = selection?.kind === 'custom' ? selection.text : null;
  // A typed amount is judged and quoted once the customer pauses, not at every keystroke on the way.
  const settled = useDebouncedValue(customText, QUOTE_DEBOUNCE_MS) === customText;
  const customResult =
    customText !== null && custom && currency
      ? validateCustomAmount(customText, custom, currency.precision, options.locale)
      : null;
  const credits = selectedPack?.credits ?? customResult?.credits ?? null;

  const quoteQuery = useQuery(
    checkoutQueries.quote(client, scope, options.enabled && settled ? credits : null, selectedPack?.id ?? null),
  );
  const quote = settled && credits !== null ? quoteQuery.data : undefined;

  const state =
    balance.isPending || packsQuery.isPending
      ? ('loading' as const)
      : balance.isError || packsQuery.isError
        ? ('error' as const)
        : !selection
          ? ('empty' as const)
          : ('ready' as const);

  return {
    state,
    currency,
    balance: balance.data?.balance,
    packs,
    custom,
    selection,
    selectedPack,
    /** What is wrong with the typed amount, once typing pauses; an empty field is not scolded. */
    customError: settled && customText ? (customResult?.error ?? null) : null,
    credits,
    quote,
    quoteReceivedAt: quoteQuery.dataUpdatedAt,
    quoteState:
      credits === null
        ? ('idle' as const)
        : quoteQuery.isError && settled
          ? ('error' as const)
          : quote && !quoteQuery.isFetching
            ? ('ready' as const)
            : ('loading' as const),
    selectPack: (packId: string) => setChosen({ kind: 'pack', packId }),
    setCustomText: (text: string) => setChosen({ kind: 'custom', text }),
    /** Fetches a fresh quote for the current amount (an expired one is never paid). */
    refreshQuote: async () => (await quoteQuery.refetch()).data,
    retry: () => {
      if (balance.isError) void balance.refetch();
      if (packsQuery.isError) void packsQuery.refetch();
      if (quoteQuery.isError) void quoteQuery.refetch();
    },
  };
}

export type TopUpAmount = ReturnType<typeof useTopUpAmount>;
