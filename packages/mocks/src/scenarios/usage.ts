import type { CreditEngine, ManualClock, UsageEventInput } from '@creditkit/core';
import { seededRandom, weightedPick } from '../random';
import { CUSTOMER_ID, type FeatureId } from './catalogue';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Usage is reported in a few batches a day, the way a metering pipeline flushes. */
const BATCHES_PER_DAY = 4;

const MODELS = [
  ['gpt-4o', 5],
  ['gpt-4o-mini', 8],
  ['claude-sonnet', 4],
  ['llama-3-70b', 2],
] as const;
const USERS = [
  ['user-ada', 6],
  ['user-grace', 5],
  ['user-linus', 4],
  ['user-margaret', 3],
  ['user-alan', 2],
  ['user-barbara', 2],
  ['user-ken', 1],
  ['user-dennis', 1],
] as const;
const REGIONS = [
  ['us-east', 6],
  ['eu-west', 4],
  ['ap-northeast', 2],
] as const;
const SOURCES = [
  ['api', 6],
  ['web', 3],
  ['slack', 1],
] as const;
const FEATURE_MIX = [
  ['feat-chat-completion', 12],
  ['feat-embeddings', 5],
  ['feat-image-generation', 1],
  ['feat-transcription', 2],
] as const satisfies readonly (readonly [FeatureId, number])[];

export interface UsagePlan {
  /** First day of usage (the clock is set here first). */
  from: string;
  /** Usage stops here; the clock is left here. */
  to: string;
  /** Average events a weekday; weekends see a third of it, and volume grows over the window. */
  eventsPerDay: number;
  /** Pools the usage goes to (`null` = the global pool), weighted. */
  resources?: readonly (readonly [string | null, number])[];
  /** Scales every event's value, to aim a scenario at a balance. */
  scale?: number;
  seed: number;
  /** Prefix of idempotency keys, unique per plan within one engine. */
  keyPrefix?: string;
}

const featureValue = (featureId: FeatureId, random: () => number): number => {
  switch (featureId) {
    case 'feat-chat-completion':
      return 200 + Math.floor(random() * 2800);
    case 'feat-embeddings':
      return 1000 + Math.floor(random() * 9000);
    case 'feat-image-generation':
      return 1 + Math.floor(random() * 3);
    case 'feat-transcription':
      return 1 + Math.floor(random() * 20);
  }
};

/**
 * Walks the clock through a window and reports deterministic multi-dimension usage through the
 * engine itself, so ledgers, balances, expiries, recharges and charts are what the engine makes of it.
 */
export async function simulateUsage(engine: CreditEngine, clock: ManualClock, plan: UsagePlan): Promise<number> {
  const random = seededRandom(plan.seed);
  const from = new Date(plan.from).getTime();
  const to = new Date(plan.to).getTime();
  const resources = plan.resources ?? [[null, 1]];
  let reported = 0;
  for (let start = from; start < to; start += DAY / BATCHES_PER_DAY) {
    const end = Math.min(start + DAY / BATCHES_PER_DAY, to);
    const weekday = new Date(start).getUTCDay() % 6 !== 0;
    const growth = 0.6 + (0.8 * (start - from)) / (to - from || 1);
    const mean = ((plan.eventsPerDay * growth) / BATCHES_PER_DAY) * (weekday ? 1 : 0.35);
    const count = Math.max(0, Math.round(mean * (0.6 + random() * 0.8)));
    const events: UsageEventInput[] = [];
    for (let i = 0; i < count; i++) {
      const featureId = weightedPick(random, FEATURE_MIX);
      const value = Math.max(1, Math.round(featureValue(featureId, random) * (plan.scale ?? 1)));
      events.push({
        customerId: CUSTOMER_ID,
        resourceId: weightedPick(random, resources),
        featureId,
        value: String(value),
        timestamp: new Date(start + Math.floor(random() * (end - start))).toISOString(),
        idempotencyKey: `${plan.keyPrefix ?? 'usage'}-${reported + events.length}`,
        dimensions: {
          model: weightedPick(random, MODELS),
          user_id: weightedPick(random, USERS),
          region: weightedPick(random, REGIONS),
          source: weightedPick(random, SOURCES),
        },
      });
    }
    clock.set(new Date(end));
    for (let i = 0; i < events.length; i += 1000) await engine.reportUsageBatch(events.slice(i, i + 1000));
    reported += events.length;
  }
  return reported;
}
