import type { CreditsClient, RequestOptions } from '@creditkit/client';

// The checkout part of the contract as the widgets use it.

export interface TopUpPack {
  id: string;
  /** Credits in the pack, a decimal string. */
  credits: string;
  /** A short name, e.g. "Starter". */
  name?: string;
}

export interface TopUpPacks {
  currencyId: string;
  /** ISO 4217 currency the customer pays in. */
  billingCurrency: string;
  packs: TopUpPack[];
  /** Bounds of a custom amount; `null` when only packs can be bought. */
  custom: { min: string; max: string } | null;
}

export interface TopUpQuote {
  id: string;
  currencyId: string;
  resourceId: string | null;
  credits: string;
  unitPrice: string;
  subtotal: string;
  tax: string;
  total: string;
  billingCurrency: string;
  balanceAfter: string;
  expiresAt: string;
}

export interface PaymentCard {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  name: string;
}

export interface TopUpReceipt {
  id: string;
  quoteId: string;
  grantId: string;
  credits: string;
  subtotal: string;
  tax: string;
  total: string;
  billingCurrency: string;
  balanceAfter: string;
  cardLast4: string;
  paidAt: string;
}

export interface CheckoutApi {
  listPacks(params: { customerId: string; currencyId: string }, init?: RequestOptions): Promise<TopUpPacks>;
  createQuote(
    body: { customerId: string; currencyId: string; resourceId: string | null; credits: string; packId?: string },
    init?: RequestOptions,
  ): Promise<TopUpQuote>;
  confirmCheckout(
    body: { customerId: string; quoteId: string; paymentMethod: PaymentCard; idempotencyKey: string },
    init?: RequestOptions,
  ): Promise<TopUpReceipt>;
}

/** The client's checkout methods; a client without them is named so the developer knows what to add. */
export function checkoutApi(client: CreditsClient): CheckoutApi {
  const api = client as unknown as Partial<CheckoutApi>;
  for (const method of ['listPacks', 'createQuote', 'confirmCheckout'] as const) {
    if (typeof api[method] !== 'function') {
      throw new Error(
        `creditkit: TopUpCheckout needs client.${method}(), which this client lacks. Pass a client made by ` +
          'createCreditsClient() from @creditkit/client, or add the checkout methods to your own client.',
      );
    }
  }
  return api as CheckoutApi;
}
