import { CreditError, TEST_CARDS, type Actor, type CreditEngine } from '@creditkit/core';
import { DEMO_API_CURRENCY_ID, DEMO_CURRENCY_ID, DEMO_CUSTOMER_ID } from './catalog';

const DAY = 86_400_000;
const admin: Actor = { type: 'admin', id: 'admin-maria' };
const system: Actor = { type: 'system', id: 'seed' };
const buyer: Actor = { type: 'customer', id: DEMO_CUSTOMER_ID };
const customerId = DEMO_CUSTOMER_ID;
const global = { customerId, currencyId: DEMO_CURRENCY_ID, resourceId: null };

export interface Milestones {
  /** Runs what is due at the start of `day` (0 = the first day of history). */
  before(day: number): Promise<void>;
  /** Runs what belongs at the end of history (grants scheduled in the future). */
  after(): Promise<void>;
}

interface Context {
  at: (day: number, hour?: number) => Date;
  days: number;
  endAt: Date;
  moveClock: (at: Date) => void;
}

const card = (cardNumber: string) => ({ cardNumber, expMonth: 12, expYear: 2030, cvc: '123', name: 'Acme Billing' });

async function buy(
  engine: CreditEngine,
  key: string,
  pack: { packId: string } | { credits: string },
  cardNumber: string,
) {
  const quote = await engine.createQuote({ ...global, ...pack });
  try {
    await engine.confirmCheckout({
      customerId,
      quoteId: quote.id,
      payment: card(cardNumber),
      idempotencyKey: key,
      actor: buyer,
    });
  } catch (error) {
    // A declined card is part of the demo's checkout history.
    if (!(error instanceof CreditError && error.code === 'payment_declined')) throw error;
  }
}

/**
 * Subscriptions, grants of every type and status, checkouts and the auto-recharge policy, on the
 * days of history they happen. Day numbers scale with `days`, so a short seed keeps every kind.
 */
export async function seedGrants(engine: CreditEngine, ctx: Context): Promise<Milestones> {
  const day = (fraction: number) => Math.min(ctx.days - 1, Math.max(1, Math.round(fraction * ctx.days)));
  const plan: Record<number, (() => Promise<unknown>)[]> = {};
  const on = (d: number, action: () => Promise<unknown>) => (plan[d] ??= []).push(action);

  // Day 0: subscriptions and the opening grants.
  await engine.provisionSubscription({
    customerId,
    planId: 'plan-pro',
    actor: admin,
    idempotencyKey: 'seed-sub-global',
  });
  await engine.provisionSubscription({
    customerId,
    planId: 'plan-pro',
    resourceId: 'workspace-acme-prod',
    actor: admin,
  });
  await engine.provisionSubscription({ customerId, planId: 'plan-team', resourceId: 'project-research', actor: admin });
  await engine.createGrant({
    ...global,
    type: 'paid',
    amount: '20000',
    costBasis: { amount: '150.00', currency: 'USD' },
    source: 'contract',
    reason: 'Annual prepaid commitment',
    actor: admin,
  });
  await engine.createGrant({
    ...global,
    type: 'promotional',
    amount: '800',
    priority: 10,
    reason: 'Onboarding credits',
    actor: system,
  });
  await engine.createGrant({
    ...global,
    type: 'promotional',
    amount: '5000',
    expiresAt: ctx.at(day(1 / 3)).toISOString(),
    reason: 'Welcome bonus',
    actor: admin,
  });
  await engine.createGrant({
    customerId,
    currencyId: DEMO_CURRENCY_ID,
    resourceId: 'workspace-acme-staging',
    type: 'paid',
    amount: '4000',
    costBasis: { amount: '40.00', currency: 'USD' },
    reason: 'Staging budget',
    actor: admin,
  });
  await engine.createGrant({
    customerId,
    currencyId: DEMO_CURRENCY_ID,
    resourceId: 'project-research',
    type: 'promotional',
    amount: '3000',
    reason: 'Research programme grant',
    actor: admin,
  });
  await engine.createGrant({
    customerId,
    currencyId: DEMO_API_CURRENCY_ID,
    resourceId: null,
    type: 'promotional',
    amount: '25000',
    reason: 'API launch bonus',
    actor: admin,
  });
  await engine.setAutoRechargePolicy({
    customerId,
    currencyId: DEMO_CURRENCY_ID,
    enabled: true,
    threshold: '3000',
    target: '8000',
    monthlySpendLimit: '200',
    minIntervalSeconds: 3600,
    actor: admin,
  });

  on(day(0.22), () => buy(engine, 'seed-checkout-1', { packId: 'pack-team' }, TEST_CARDS.success));
  on(day(0.44), () => engine.adjust({ ...global, amount: '500', reason: 'Compensation for an outage', actor: admin }));
  on(day(0.55), async () => {
    const duplicate = await engine.createGrant({
      ...global,
      type: 'promotional',
      amount: '1000',
      reason: 'Goodwill credit',
      actor: admin,
    });
    await engine.voidGrant({ customerId, grantId: duplicate.id, reason: 'Granted twice by mistake', actor: admin });
  });
  on(day(0.61), () => buy(engine, 'seed-checkout-2', { credits: '7500' }, TEST_CARDS.success));
  on(day(0.86), async () => {
    await buy(engine, 'seed-checkout-3', { packId: 'pack-starter' }, TEST_CARDS.declined);
    await buy(engine, 'seed-checkout-4', { packId: 'pack-starter' }, TEST_CARDS.success);
  });
  on(ctx.days - 2, () =>
    engine.createGrant({
      ...global,
      type: 'promotional',
      amount: '3000',
      expiresAt: new Date(ctx.endAt.getTime() + 5 * DAY).toISOString(),
      reason: 'Seasonal promotion',
      actor: admin,
    }),
  );

  return {
    async before(d) {
      const actions = plan[d];
      if (!actions) return;
      ctx.moveClock(ctx.at(d));
      for (const action of actions) await action();
    },
    async after() {
      await engine.createGrant({
        ...global,
        type: 'paid',
        amount: '20000',
        effectiveAt: new Date(ctx.endAt.getTime() + 10 * DAY).toISOString(),
        costBasis: { amount: '150.00', currency: 'USD' },
        source: 'contract',
        reason: 'Next prepaid commitment',
        actor: admin,
      });
    },
  };
}
