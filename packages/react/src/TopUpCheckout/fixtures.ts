// Test fixtures: an in-memory checkout behind the client interface, with the test provider's cards.
import {
  CreditsApiError,
  createCreditsClient,
  type Balance,
  type CreditsClient,
  type PoolParams,
} from '@creditkit/client';
import type { Quote, Receipt } from '@creditkit/client';

type PaymentCard = { cardNumber: string; expMonth: number; expYear: number; cvc: string; name: string };

export const FIXTURE_CURRENCY = 'cred-type-ai-tokens';

const PACKS = [
  { id: 'pack-1k', credits: '1000', label: 'Starter' },
  { id: 'pack-5k', credits: '5000', label: 'Team' },
  { id: 'pack-20k', credits: '20000', label: 'Scale' },
];

/** What the client throws when the connection drops. */
const networkError = () =>
  new CreditsApiError(0, { code: 'network_error', message: 'Could not reach the credits server.' });

function add(a: string, b: string, scale = 3): string {
  const units = (v: string) => BigInt((v.split('.')[0] ?? '0') + (v.split('.')[1] ?? '').padEnd(scale, '0'));
  const total = units(a) + units(b);
  const digits = total.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Price: 0.01 USD per credit, 20% tax; `credits` are whole numbers in these fixtures. */
function price(credits: string) {
  const cents = BigInt(credits.split('.')[0] ?? '0');
  const taxCents = (cents * 20n + 50n) / 100n;
  const money = (c: bigint) => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`;
  return { unitPrice: '0.01', subtotal: money(cents), tax: money(taxCents), total: money(cents + taxCents) };
}

/** A balance answer of the fixtures' currency (AI Tokens, precision 3). */
export function fakeBalance(params: PoolParams, balance: string): Balance {
  return {
    currency: {
      id: FIXTURE_CURRENCY,
      displayName: 'AI Tokens',
      unitSingular: 'token',
      unitPlural: 'tokens',
      symbol: '◆',
      precision: 3,
    },
    customerId: params.customerId,
    currencyId: params.currencyId,
    resourceId: params.resourceId ?? null,
    balance,
    precision: 3,
    state: 'ok',
    lowBalanceThreshold: null,
    overage: '0',
    scheduled: '0',
    rechargeInFlight: '0',
    enforcement: 'hard',
    asOf: new Date().toISOString(),
  };
}

export interface FakeCheckout {
  client: CreditsClient;
  balance: string;
  confirms: { quoteId: string; idempotencyKey: string; card: PaymentCard }[];
  quotes: Quote[];
  grants: Receipt[];
  /** Makes the next `n` confirms fail like a dropped connection, after (`'after'`) or before the charge. */
  dropNext(n: number, when: 'before' | 'after'): void;
  /** Quotes expire this many ms after they are made. Default: 15 minutes. */
  quoteTtlMs: number;
  /** How far the server's clock is ahead of the browser's (negative: behind), in ms. Default: 0. */
  serverClockOffsetMs: number;
  failPacks: boolean;
  failQuotes: boolean;
}

export function createFakeCheckout(options: { balance?: string } = {}): FakeCheckout {
  const base = createCreditsClient({ baseUrl: 'http://creditkit.test', token: 'test' });
  let drops: { n: number; when: 'before' | 'after' } = { n: 0, when: 'before' };
  const byKey = new Map<string, Receipt>();
  let n = 0;
  const fake: FakeCheckout = {
    client: base,
    balance: options.balance ?? '12450.5',
    confirms: [],
    quotes: [],
    grants: [],
    dropNext: (count, when) => (drops = { n: count, when }),
    quoteTtlMs: 15 * 60_000,
    serverClockOffsetMs: 0,
    failPacks: false,
    failQuotes: false,
  };
  const api: Pick<CreditsClient, 'getBalance' | 'listPacks' | 'createQuote' | 'confirmCheckout'> = {
    getBalance: async (params) => fakeBalance(params, fake.balance),
    async listPacks() {
      if (fake.failPacks) throw new CreditsApiError(500, { code: 'internal_error', message: 'boom' });
      return {
        currencyId: FIXTURE_CURRENCY,
        data: PACKS.map((pack) => {
          const { subtotal, tax, total } = price(pack.credits);
          return { ...pack, price: { subtotal, tax, total, billingCurrency: 'USD' } };
        }),
        customAmount: { min: '100', max: '100000' },
      };
    },
    async createQuote(body) {
      if (fake.failQuotes) throw new CreditsApiError(500, { code: 'internal_error', message: 'boom' });
      const credits = PACKS.find((pack) => pack.id === body.packId)?.credits ?? body.credits ?? '0';
      const quote: Quote = {
        id: `quote_${++n}`,
        customerId: body.customerId,
        currencyId: body.currencyId,
        resourceId: body.resourceId ?? null,
        packId: body.packId ?? null,
        credits,
        ...price(credits),
        billingCurrency: 'USD',
        balanceAfter: add(fake.balance, credits),
        expiresAt: new Date(Date.now() + fake.serverClockOffsetMs + fake.quoteTtlMs).toISOString(),
        createdAt: new Date(Date.now() + fake.serverClockOffsetMs).toISOString(),
      };
      fake.quotes.push(quote);
      return { ...quote };
    },
    async confirmCheckout(body) {
      const idempotencyKey = body.idempotencyKey ?? `unkeyed-${fake.confirms.length}`;
      fake.confirms.push({ quoteId: body.quoteId, idempotencyKey, card: body.payment });
      if (drops.n > 0 && drops.when === 'before') {
        drops.n--;
        throw networkError();
      }
      const receipt = byKey.get(idempotencyKey) ?? charge(body.quoteId, body.payment.cardNumber);
      byKey.set(idempotencyKey, receipt);
      if (drops.n > 0 && drops.when === 'after') {
        drops.n--;
        throw networkError();
      }
      return { ...receipt };
    },
  };
  function charge(quoteId: string, number: string): Receipt {
    const quote = fake.quotes.find((q) => q.id === quoteId);
    if (!quote) throw new CreditsApiError(404, { code: 'not_found', message: 'No such quote.' });
    if (Date.parse(quote.expiresAt) <= Date.now() + fake.serverClockOffsetMs) {
      throw new CreditsApiError(409, { code: 'quote_expired', message: 'The quote expired; ask for a new one.' });
    }
    if (number === '4000000000000002' || number === '4000000000009995') {
      const reason = number.endsWith('0002') ? 'card_declined' : 'insufficient_funds';
      throw new CreditsApiError(402, {
        code: 'payment_declined',
        message: `Declined: ${reason}.`,
        details: { reason },
      });
    }
    fake.balance = add(fake.balance, quote.credits);
    const receipt: Receipt = {
      id: `rcpt_${fake.grants.length + 1}`,
      quoteId: quote.id,
      grantId: `grant_${fake.grants.length + 1}`,
      credits: quote.credits,
      unitPrice: quote.unitPrice,
      subtotal: quote.subtotal,
      tax: quote.tax,
      total: quote.total,
      billingCurrency: 'USD',
      customerId: quote.customerId,
      currencyId: quote.currencyId,
      resourceId: quote.resourceId,
      paymentId: `pay_${fake.grants.length + 1}`,
      card: { brand: 'visa', last4: number.slice(-4) },
      actor: { type: 'customer', id: quote.customerId },
      balanceAfter: fake.balance,
      createdAt: '2026-11-15T12:00:00.000Z',
    };
    fake.grants.push(receipt);
    return receipt;
  }
  fake.client = { ...base, ...api } as CreditsClient;
  return fake;
}
