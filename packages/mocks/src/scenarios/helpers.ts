import { type CreditEngine, formatDecimal, parseDecimal } from '@creditkit/core';
import { CURRENCY_ID, CUSTOMER_ID, PLAN_ID, pool } from './catalogue';

const DAY = 86_400_000;

/** An instant `days` from `from` (negative for the past). */
export const inDays = (from: string, days: number) => new Date(new Date(from).getTime() + days * DAY).toISOString();

/** Subscribes the demo customer (or one of its resources) to the Pro plan at the clock's now. */
export const provision = (engine: CreditEngine, resourceId: string | null = null) =>
  engine.provisionSubscription({
    customerId: CUSTOMER_ID,
    planId: PLAN_ID,
    resourceId,
    actor: { type: 'subscription', id: `sub-pro-${resourceId ?? 'global'}` },
  });

/**
 * Reports one last chat completion sized to leave the pool at exactly `target` credits, so a
 * scenario lands on a round, documented balance whatever usage came before.
 */
export async function burnTo(engine: CreditEngine, target: string, resourceId: string | null = null): Promise<void> {
  const { precision } = engine.currency(CURRENCY_ID);
  const excess = parseDecimal(engine.balance(pool(resourceId)).balance, precision) - parseDecimal(target, precision);
  if (excess <= 0n) return;
  // Chat completions cost 0.002 credits a token: 500 tokens a credit.
  const tokens = formatDecimal(excess * 500n, precision);
  await engine.reportUsage({
    ...pool(resourceId),
    featureId: 'feat-chat-completion',
    value: tokens,
    idempotencyKey: `burn-to-${target}`,
    dimensions: { model: 'gpt-4o', user_id: 'user-ada', region: 'us-east', source: 'api' },
  });
}
