import type { Actor, CreditEngine, UsageEventInput } from '@creditkit/core';
import { DEMO_API_CURRENCY_ID, DEMO_CURRENCY_ID, DEMO_CUSTOMER_ID, seedCatalog } from './catalog';
import { seedGrants, type Milestones } from './grants';
import { Random } from './random';
import { usageForDay } from './usage';

export { DEMO_API_CURRENCY_ID, DEMO_CURRENCY_ID, DEMO_CUSTOMER_ID, DEMO_FEATURES, DEMO_RESOURCES } from './catalog';

const DAY = 86_400_000;
export const seedActor: Actor = { type: 'system', id: 'seed' };

export interface SeedOptions {
  /** Moves the engine's clock (freezes it at `at`); seeding backdates history this way. */
  moveClock: (at: Date) => void;
  /** The end of history: usage is generated up to here. Default now. */
  endAt?: Date;
  /** Days of history. Default 90. */
  days?: number;
  /** Seed of the PRNG, so every first start makes the same data. Default 20261123. */
  seed?: number;
}

export interface SeedSummary {
  usageEvents: number;
  refused: number;
}

/**
 * Seeds the demo customer through the engine's own commands, with the clock moved back so the
 * ledger, events and charts carry real timestamps: catalogue, subscriptions, grants of every
 * type and status, checkout history, an auto-recharge policy and `days` of usage.
 */
export async function seedDemo(engine: CreditEngine, options: SeedOptions): Promise<SeedSummary> {
  const endAt = (options.endAt ?? new Date()).getTime();
  const days = options.days ?? 90;
  const random = new Random(options.seed ?? 20261123);
  const firstDay = Math.floor(endAt / DAY) * DAY - days * DAY;
  const at = (dayOffset: number, hour = 0) => new Date(firstDay + dayOffset * DAY + hour * 3_600_000);
  options.moveClock(at(0));
  await seedCatalog(engine);
  const milestones: Milestones = await seedGrants(engine, {
    at,
    days,
    endAt: new Date(endAt),
    moveClock: options.moveClock,
  });

  const summary: SeedSummary = { usageEvents: 0, refused: 0 };
  for (let day = 0; day <= days; day++) {
    const dayStart = firstDay + day * DAY;
    await milestones.before(day);
    const writes: Promise<void>[] = [];
    for (const events of usageForDay(random, dayStart, day / days, endAt)) {
      if (events.length === 0) continue;
      // The clock stands at the end of the hour, after every event of it happened.
      options.moveClock(new Date(Math.min(Date.parse(events.at(-1)!.timestamp!) + 1, endAt)));
      writes.push(report(engine, events, summary));
    }
    await Promise.all(writes);
    await engine.settled();
  }
  options.moveClock(new Date(endAt));
  await milestones.after();
  await engine.settled();
  return summary;
}

async function report(engine: CreditEngine, events: UsageEventInput[], summary: SeedSummary): Promise<void> {
  for (let i = 0; i < events.length; i += 1000) {
    const results = await engine.reportUsageBatch(events.slice(i, i + 1000));
    summary.usageEvents += results.length;
    summary.refused += results.filter((r) => !r.ok).length;
  }
}

export const DEMO_POOL = { customerId: DEMO_CUSTOMER_ID, currencyId: DEMO_CURRENCY_ID, resourceId: null } as const;
export const DEMO_API_POOL = {
  customerId: DEMO_CUSTOMER_ID,
  currencyId: DEMO_API_CURRENCY_ID,
  resourceId: null,
} as const;
