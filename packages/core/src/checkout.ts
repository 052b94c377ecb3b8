/**
 * Top-up checkout: quote (credits → price) then confirm (quote + card → `top_up` grant + receipt).
 *
 * Money rounding: subtotal = credits × price per credit, rounded half-up to the billing
 * currency's minor unit; tax = subtotal × tax rate, rounded half-up; total = subtotal + tax.
 */
import { seenBefore, type Ctx } from './context';
import { decimalPlaces, divRound, formatDecimal, parseDecimal } from './decimal';
import { CreditError } from './errors';
import type { PaymentResult } from './payment';
import type { CurrencyState, State } from './state';
import type { CheckoutConfig } from './types';
import type { CardDetails, ConfirmCheckoutInput, CreateQuoteInput, Pack, Quote, Receipt } from './types-ops';
import * as v from './validate';
import { toQuote, toReceipt } from './views';

export interface Price {
  subtotal: bigint;
  tax: bigint;
  total: bigint;
}

/** Price of `units` credits (at the currency's precision) in minor units of the billing currency. */
export function priceOf(checkout: CheckoutConfig, units: bigint, precision: number): Price {
  const priceScale = decimalPlaces(checkout.pricePerCredit);
  const price = parseDecimal(checkout.pricePerCredit, priceScale);
  const subtotal = divRound(
    units * price * 10n ** BigInt(checkout.minorUnits),
    10n ** BigInt(precision + priceScale),
    'half-up',
  );
  const taxScale = decimalPlaces(checkout.taxRate);
  const tax = divRound(subtotal * parseDecimal(checkout.taxRate, taxScale), 10n ** BigInt(taxScale), 'half-up');
  return { subtotal, tax, total: subtotal + tax };
}

export function saleConfig(currency: CurrencyState): CheckoutConfig {
  const checkout = currency.def.checkout;
  if (!checkout) {
    throw new CreditError(
      'invalid_request',
      `Credits of "${currency.def.id}" are not for sale: define the currency with a checkout configuration first.`,
      { currencyId: currency.def.id },
    );
  }
  return checkout;
}

export function listPacks(state: State, currencyId: string): Pack[] {
  const currency = state.currency(currencyId);
  const checkout = currency.def.checkout;
  if (!checkout) return [];
  const p = currency.def.precision;
  return checkout.packs.map((pack) => {
    const price = priceOf(checkout, parseDecimal(pack.credits, p), p);
    const m = checkout.minorUnits;
    return {
      id: pack.id,
      credits: formatDecimal(parseDecimal(pack.credits, p), p),
      label: pack.label ?? null,
      price: {
        subtotal: formatDecimal(price.subtotal, m),
        tax: formatDecimal(price.tax, m),
        total: formatDecimal(price.total, m),
        billingCurrency: checkout.billingCurrency,
      },
    };
  });
}

export function createQuote(ctx: Ctx, input: CreateQuoteInput): Quote {
  const { state } = ctx;
  state.customer(input.customerId);
  const currency = state.currency(input.currencyId);
  const checkout = saleConfig(currency);
  const p = currency.def.precision;
  const resourceId = v.optionalId(input.resourceId, 'resourceId');
  if ((input.packId === undefined) === (input.credits === undefined)) {
    throw new CreditError(
      'invalid_request',
      'Give either packId (a preset pack) or credits (a custom amount), not both.',
      {
        field: 'packId',
      },
    );
  }
  let units: bigint;
  if (input.packId !== undefined) {
    const pack = checkout.packs.find((candidate) => candidate.id === input.packId);
    if (!pack)
      throw new CreditError(
        'not_found',
        `No pack "${input.packId}" for "${currency.def.id}"; list the packs to see the valid ids.`,
        { packId: input.packId },
      );
    units = parseDecimal(pack.credits, p);
  } else {
    units = v.amount(input.credits, p, 'credits');
    const min = parseDecimal(checkout.customMin, p);
    const max = parseDecimal(checkout.customMax, p);
    if (units < min || units > max) {
      throw new CreditError(
        'invalid_amount',
        `credits must be between ${checkout.customMin} and ${checkout.customMax}.`,
        {
          field: 'credits',
          min: checkout.customMin,
          max: checkout.customMax,
        },
      );
    }
  }
  const price = priceOf(checkout, units, p);
  const id = ctx.newId('quote');
  ctx.write({
    type: 'quote.created',
    at: ctx.now,
    quote: {
      id,
      customerId: input.customerId,
      currencyId: currency.def.id,
      resourceId,
      packId: input.packId ?? null,
      units: units.toString(),
      subtotal: price.subtotal.toString(),
      tax: price.tax.toString(),
      total: price.total.toString(),
      expiresAt: ctx.now + checkout.quoteTtlSeconds * 1000,
    },
  });
  const balance =
    state.findPool({ customerId: input.customerId, currencyId: currency.def.id, resourceId })?.balance ?? 0n;
  return toQuote(state, id, balance + units)!;
}

/** What confirming needs once the synchronous checks passed. */
export interface PreparedCheckout {
  key: string;
  fp: string;
  quoteId: string;
  amount: string;
  billingCurrency: string;
  card: CardDetails;
}

/** Checks a confirmation; returns the earlier receipt for a repeated request, else what to charge. */
export function prepareCheckout(
  ctx: Ctx,
  input: ConfirmCheckoutInput,
): { receipt: Receipt } | { prepared: PreparedCheckout } {
  const { state } = ctx;
  state.customer(input.customerId);
  const key = v.idempotencyKey(input.idempotencyKey, true)!;
  const card = validCard(input.payment, ctx.now);
  v.actor(input.actor);
  const fp = v.fingerprint('checkout', { quoteId: input.quoteId, last4: card.cardNumber.slice(-4) });
  const seen = seenBefore(ctx, input.customerId, key, fp);
  if (seen?.declined !== undefined) throw declinedError(seen.declined);
  if (seen) return { receipt: toReceipt(state, seen.ref)! };
  const quote = state.quotes.get(input.quoteId);
  if (!quote || quote.customerId !== input.customerId) {
    throw new CreditError(
      'not_found',
      `No quote "${input.quoteId}" for customer "${input.customerId}"; create a quote first.`,
      { quoteId: input.quoteId },
    );
  }
  if (state.paidQuotes.has(quote.id)) {
    throw new CreditError('conflict', `Quote "${quote.id}" is already paid; create a new quote to buy again.`, {
      quoteId: quote.id,
    });
  }
  if (ctx.now >= quote.expiresAt) {
    throw new CreditError(
      'quote_expired',
      `Quote "${quote.id}" expired at ${new Date(quote.expiresAt).toISOString()}; create a new quote.`,
      { quoteId: quote.id },
    );
  }
  const checkout = saleConfig(state.currency(quote.currencyId));
  return {
    prepared: {
      key,
      fp,
      quoteId: quote.id,
      amount: formatDecimal(BigInt(quote.total), checkout.minorUnits),
      billingCurrency: checkout.billingCurrency,
      card,
    },
  };
}

/** Records the payment's outcome; returns the receipt or throws `payment_declined`. */
export function completeCheckout(
  ctx: Ctx,
  input: ConfirmCheckoutInput,
  prepared: PreparedCheckout,
  payment: PaymentResult,
): Receipt {
  const { state } = ctx;
  const actor = v.actor(input.actor);
  const idem = { key: prepared.key, fp: prepared.fp };
  if (payment.status === 'declined') {
    ctx.write({
      type: 'checkout.declined',
      at: ctx.now,
      customerId: input.customerId,
      quoteId: prepared.quoteId,
      reason: payment.reason,
      last4: prepared.card.cardNumber.slice(-4),
      actor,
      idem,
    });
    throw declinedError(payment.reason, payment.message);
  }
  const quote = state.quotes.get(prepared.quoteId)!;
  const receiptId = ctx.newId('rcpt');
  ctx.write({
    type: 'checkout.completed',
    at: ctx.now,
    receiptId,
    quoteId: quote.id,
    paymentId: payment.paymentId,
    card: payment.card,
    actor,
    idem,
    grant: {
      id: ctx.newId('grant'),
      customerId: quote.customerId,
      currencyId: quote.currencyId,
      resourceId: quote.resourceId,
      type: 'top_up',
      units: quote.units,
      priority: 100,
      effectiveAt: ctx.now,
      expiresAt: null,
      costBasis: { amount: prepared.amount, currency: prepared.billingCurrency },
      source: `checkout:${receiptId}`,
      reason: 'Top-up purchase',
      actor,
      via: 'checkout',
    },
  });
  return toReceipt(state, receiptId)!;
}

export function declinedError(reason: string, message?: string): CreditError {
  return new CreditError(
    'payment_declined',
    message ?? `The payment was declined (${reason}); nothing was charged or granted. Try another card.`,
    { reason },
  );
}

function validCard(card: CardDetails, now: number): CardDetails {
  const bad = (field: string, message: string) =>
    new CreditError('invalid_request', message, { field: `payment.${field}` });
  if (!card || typeof card !== 'object')
    throw bad('cardNumber', 'payment must hold cardNumber, expMonth, expYear, cvc and name.');
  const number = typeof card.cardNumber === 'string' ? card.cardNumber.replace(/[\s-]/g, '') : '';
  if (!/^\d{12,19}$/.test(number) || !luhn(number))
    throw bad('cardNumber', 'The card number is not valid; check the digits.');
  const month = v.integer(card.expMonth, 'payment.expMonth', 1, 12);
  const year = v.integer(card.expYear, 'payment.expYear', 2000, 2200);
  const today = new Date(now);
  if (year < today.getUTCFullYear() || (year === today.getUTCFullYear() && month < today.getUTCMonth() + 1)) {
    throw bad('expYear', 'The card has expired; use a card with a later expiry date.');
  }
  if (typeof card.cvc !== 'string' || !/^\d{3,4}$/.test(card.cvc))
    throw bad('cvc', 'The security code (CVC) must be 3 or 4 digits.');
  return { cardNumber: number, expMonth: month, expYear: year, cvc: card.cvc, name: v.text(card.name, 'payment.name') };
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
