import { describe, expect, it } from 'vitest';
import { CreditEngine } from '../credit-engine';
import { TEST_CARDS, TestPaymentProvider, type PaymentProvider, type PaymentResult } from '../payment';
import { admin, key, newId, setup } from './fixtures';

describe('replaying the log', () => {
  it('reproduces checkouts, receipts, recharges and policies', async () => {
    const s = await setup();
    await s.engine.createGrant({ ...s.pool, type: 'paid', amount: '100', actor: admin });
    const quote = await s.engine.createQuote({ customerId: 'c1', currencyId: 'tokens', packId: 'small' });
    const payment = { cardNumber: TEST_CARDS.success, expMonth: 1, expYear: 2031, cvc: '123', name: 'A' };
    await s.engine.confirmCheckout({
      customerId: 'c1',
      quoteId: quote.id,
      payment,
      idempotencyKey: 'p1',
      actor: admin,
    });
    await s.engine.setAutoRechargePolicy({
      customerId: 'c1',
      currencyId: 'tokens',
      enabled: true,
      threshold: '500',
      target: '2000',
      actor: admin,
    });
    await s.engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '700', idempotencyKey: key() });
    await s.engine.settled();
    const reopened = await s.reopen();
    expect(reopened.balance(s.pool)).toEqual(s.engine.balance(s.pool));
    expect(reopened.listReceipts('c1')).toEqual(s.engine.listReceipts('c1'));
    expect(reopened.autoRechargeStatus('c1', 'tokens')).toEqual(s.engine.autoRechargeStatus('c1', 'tokens'));
    expect(reopened.listLedger(s.pool)).toEqual(s.engine.listLedger(s.pool));
    // The repeated checkout key is still remembered after the restart.
    const again = await reopened.confirmCheckout({
      customerId: 'c1',
      quoteId: quote.id,
      payment,
      idempotencyKey: 'p1',
      actor: admin,
    });
    expect(again).toEqual(s.engine.listReceipts('c1')[0]);
  });

  it('finishes a recharge whose payment outcome was never recorded, charging once', async () => {
    const hanging: PaymentProvider = { charge: () => new Promise<PaymentResult>(() => undefined) };
    const s = await setup({}, { paymentProvider: hanging });
    await s.engine.createGrant({ ...s.pool, type: 'paid', amount: '10', actor: admin });
    await s.engine.setAutoRechargePolicy({
      customerId: 'c1',
      currencyId: 'tokens',
      enabled: true,
      threshold: '5',
      target: '50',
      actor: admin,
    });
    await s.engine.reportUsage({ customerId: 'c1', featureId: 'image', value: '6', idempotencyKey: key() });
    expect(s.engine.balance(s.pool)).toMatchObject({ balance: '4.000', rechargeInFlight: '46.000' });
    // The process dies here; a new one opens the same log.
    const provider = new TestPaymentProvider();
    const restarted = await CreditEngine.open({ store: s.store, clock: s.clock, newId, paymentProvider: provider });
    await restarted.settled();
    expect(restarted.balance(s.pool)).toMatchObject({ balance: '50.000', rechargeInFlight: '0.000' });
    expect(restarted.listGrants(s.pool).items.filter((g) => g.type === 'auto_recharge')).toHaveLength(1);
  });

  it('survives a retry storm: every event sent three times at once takes effect once', async () => {
    const s = await setup();
    await s.engine.createGrant({ ...s.pool, type: 'paid', amount: '1000', actor: admin });
    const events = Array.from({ length: 100 }, (_, i) => ({
      customerId: 'c1',
      featureId: 'image',
      value: '1',
      idempotencyKey: `storm-${i}`,
    }));
    const results = await Promise.all(
      events.flatMap((e) => [s.engine.reportUsage(e), s.engine.reportUsage(e), s.engine.reportUsageBatch([e])]),
    );
    expect(results).toHaveLength(300);
    expect(s.engine.balance(s.pool).balance).toBe('900.000');
    const reopened = await s.reopen();
    expect(reopened.balance(s.pool).balance).toBe('900.000');
  });
});
