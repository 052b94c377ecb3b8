import { describe, expect, it } from 'vitest';
import { TEST_CARDS } from '../payment';
import { admin, setup } from './fixtures';

const card = (cardNumber: string) => ({ cardNumber, expMonth: 12, expYear: 2030, cvc: '123', name: 'Ada Lovelace' });
const customer = { type: 'customer', id: 'c1' } as const;

describe('checkout', () => {
  it('lists packs with their prices', async () => {
    const { engine } = await setup();
    expect(engine.listPacks('tokens')).toEqual([
      {
        id: 'small',
        credits: '1000.000',
        label: 'Starter',
        price: { subtotal: '10.00', tax: '2.00', total: '12.00', billingCurrency: 'USD' },
      },
      {
        id: 'large',
        credits: '10000.000',
        label: null,
        price: { subtotal: '100.00', tax: '20.00', total: '120.00', billingCurrency: 'USD' },
      },
    ]);
  });

  it('quotes a custom amount, rounding money half-up to the cent', async () => {
    const { engine, pool } = await setup();
    await engine.createGrant({ ...pool, type: 'paid', amount: '50', actor: admin });
    // 1234.567 × 0.01 = 12.34567 → 12.35; tax 20 % = 2.47; total 14.82.
    const quote = await engine.createQuote({ customerId: 'c1', currencyId: 'tokens', credits: '1234.567' });
    expect(quote).toMatchObject({
      credits: '1234.567',
      unitPrice: '0.01',
      subtotal: '12.35',
      tax: '2.47',
      total: '14.82',
      billingCurrency: 'USD',
      balanceAfter: '1284.567',
    });
    await expect(engine.createQuote({ customerId: 'c1', currencyId: 'tokens', credits: '99' })).rejects.toMatchObject({
      code: 'invalid_amount',
    });
    await expect(engine.createQuote({ customerId: 'c1', currencyId: 'tokens', packId: 'nope' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('confirms with the success card: a top-up grant with its cost basis, a receipt, an event; never the full card', async () => {
    const { engine, pool, store } = await setup();
    const quote = await engine.createQuote({ customerId: 'c1', currencyId: 'tokens', packId: 'small' });
    const receipt = await engine.confirmCheckout({
      customerId: 'c1',
      quoteId: quote.id,
      payment: card('4242 4242 4242 4242'),
      idempotencyKey: 'pay-1',
      actor: customer,
    });
    expect(receipt).toMatchObject({
      credits: '1000.000',
      total: '12.00',
      card: { last4: '4242' },
      balanceAfter: '1000.000',
    });
    const [grant] = engine.listGrants(pool).items;
    expect(grant).toMatchObject({
      id: receipt.grantId,
      type: 'top_up',
      costBasis: { amount: '12.00', currency: 'USD' },
    });
    expect(engine.balance(pool).balance).toBe('1000.000');
    expect(engine.getReceipt('c1', receipt.id)).toEqual(receipt);
    expect(engine.listEvents({ customerId: 'c1' }).items.map((e) => e.type)).toContain('checkout.completed');
    expect(JSON.stringify(store.records)).not.toContain(TEST_CARDS.success);
  });

  it('buys once for a double click, and a repeated key returns the same receipt', async () => {
    const { engine, pool } = await setup();
    const quote = await engine.createQuote({ customerId: 'c1', currencyId: 'tokens', packId: 'small' });
    const confirm = () =>
      engine.confirmCheckout({
        customerId: 'c1',
        quoteId: quote.id,
        payment: card(TEST_CARDS.success),
        idempotencyKey: 'pay-1',
        actor: customer,
      });
    const [a, b] = await Promise.all([confirm(), confirm()]);
    expect(a).toEqual(b);
    expect(await confirm()).toEqual(a);
    expect(engine.balance(pool).balance).toBe('1000.000');
    await expect(
      engine.confirmCheckout({
        customerId: 'c1',
        quoteId: quote.id,
        payment: card(TEST_CARDS.success),
        idempotencyKey: 'pay-2',
        actor: customer,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it.each([
    [TEST_CARDS.declined, 'card_declined'],
    [TEST_CARDS.insufficientFunds, 'insufficient_funds'],
  ])('declines card %s with %s and grants nothing', async (number, reason) => {
    const { engine, pool } = await setup();
    const quote = await engine.createQuote({ customerId: 'c1', currencyId: 'tokens', packId: 'small' });
    const input = {
      customerId: 'c1',
      quoteId: quote.id,
      payment: card(number),
      idempotencyKey: 'pay-1',
      actor: customer,
    };
    await expect(engine.confirmCheckout(input)).rejects.toMatchObject({
      code: 'payment_declined',
      details: { reason },
    });
    await expect(engine.confirmCheckout(input)).rejects.toMatchObject({ code: 'payment_declined' });
    expect(engine.balance(pool).balance).toBe('0.000');
    expect(engine.listAudit({ customerId: 'c1' }).items[0]).toMatchObject({ action: 'checkout.declined', reason });
  });

  it('refuses an expired quote and an invalid card', async () => {
    const { engine, clock } = await setup();
    const quote = await engine.createQuote({ customerId: 'c1', currencyId: 'tokens', packId: 'small' });
    await expect(
      engine.confirmCheckout({
        customerId: 'c1',
        quoteId: quote.id,
        payment: card('4242 4242 4242 4241'),
        idempotencyKey: 'k',
        actor: customer,
      }),
    ).rejects.toMatchObject({ code: 'invalid_request', details: { field: 'payment.cardNumber' } });
    clock.advance(900_000);
    await expect(
      engine.confirmCheckout({
        customerId: 'c1',
        quoteId: quote.id,
        payment: card(TEST_CARDS.success),
        idempotencyKey: 'k2',
        actor: customer,
      }),
    ).rejects.toMatchObject({ code: 'quote_expired' });
  });
});
