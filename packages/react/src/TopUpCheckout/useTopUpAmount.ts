import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PoolScope } from '../queries';
import { creditQueries } from '../queries';
import type { CreditsClient, Pack } from '@creditkit/client';
import { compareDecimal, decimalPlaces, parseDecimalInput } from './decimal';
import { checkoutQueries } from './queries';
import { useDebouncedValue } from './useDebouncedValue';

export type AmountSelection = { kind: 'pack'; packId: string } | { kind: 'custom'; text: string };

export type CustomAmountError =
  | { code: 'customRequired' | 'customInvalid' }
  | { code: 'customBelowMin'; min: string }
  | { code: 'customAboveMax'; max: string }
  | { code: 'customPrecision'; places: number };

/** How long a typed custom amount must stay still before it is quoted. */
export const QUOTE_DEBOUNCE_MS = 350;

export function validateCustomAmount(
  text: string,
  bounds: { min: string; max: string },
  precision: number,
): { credits: string; error: null } | { credits: null; error: CustomAmountError } {
  if (!text.trim()) return { credits: null, error: { code: 'customRequired' } };
  const credits = parseDecimalInput(text);
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
  options: { defaultPackId?: string; enabled: boolean },
) {
  const balanceQuery = useQuery(creditQueries.balance(client, scope));
  const packsQuery = useQuery(checkoutQueries.packs(client, scope));
  const [chosen, setChosen] = useState<AmountSelection | null>(null);
  const packs = packsQuery.data?.data ?? [];
  const custom = packsQuery.data?.customAmount ?? null;
  const currency = balanceQuery.data?.currency;

  const fallback: AmountSelection | null =
    packs.length > 0
      ? { kind: 'pack', packId: packs.find((p) => p.id === options.defaultPackId)?.id ?? packs[0]!.id }
      : custom
        ? { kind: 'custom', text: '' }
        : null;
  const selection = chosen ?? fallback;
  const selectedPack: Pack | undefined =
    selection?.kind === 'pack' ? packs.find((p) => p.id === selection.packId) : undefined;

  const customResult =
    selection?.kind === 'custom' && custom && currency
      ? validateCustomAmount(selection.text, custom, currency.precision)
      : null;
  const credits = selectedPack?.credits ?? customResult?.credits ?? null;
  // Packs are quoted at once; typed amounts once the customer pauses.
  const debouncedCustom = useDebouncedValue(customResult?.credits ?? null, QUOTE_DEBOUNCE_MS);
  const quotedCredits = selectedPack ? selectedPack.credits : debouncedCustom;
  const settled = quotedCredits === credits;

  const quoteQuery = useQuery(
    checkoutQueries.quote(client, scope, options.enabled && settled ? credits : null, selectedPack?.id ?? null),
  );
  const quote = settled && credits !== null ? quoteQuery.data : undefined;

  const state =
    balanceQuery.isPending || packsQuery.isPending
      ? ('loading' as const)
      : balanceQuery.isError || packsQuery.isError
        ? ('error' as const)
        : !selection
          ? ('empty' as const)
          : ('ready' as const);

  return {
    state,
    currency,
    balance: balanceQuery.data?.balance,
    packs,
    custom,
    selection,
    selectedPack,
    customError: customResult?.error ?? null,
    credits,
    quote,
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
      if (balanceQuery.isError) void balanceQuery.refetch();
      if (packsQuery.isError) void packsQuery.refetch();
      if (quoteQuery.isError) void quoteQuery.refetch();
    },
  };
}

export type TopUpAmount = ReturnType<typeof useTopUpAmount>;
