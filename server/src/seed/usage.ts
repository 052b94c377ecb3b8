import type { UsageEventInput } from '@creditkit/core';
import { API_CALL_FEATURE, DEMO_CUSTOMER_ID, DEMO_FEATURES } from './catalog';
import type { Random } from './random';

const HOUR = 3_600_000;

/** Where usage goes: the global pool (null) and each resource, with its share of the traffic. */
const POOLS: readonly (readonly [string | null, number])[] = [
  [null, 45],
  ['workspace-acme-prod', 30],
  ['workspace-acme-staging', 10],
  ['project-research', 15],
];

/** A few heavy users and a long tail, each mostly in one region. */
const USERS = [
  ['user-ana', 8, 'eu-west-1'],
  ['user-bo', 6, 'us-east-1'],
  ['user-chen', 3, 'ap-southeast-1'],
  ['user-dev', 2, 'us-east-1'],
  ['user-eli', 2, 'eu-west-1'],
  ['user-fay', 2, 'us-east-1'],
  ['user-gus', 1, 'eu-west-1'],
  ['user-hana', 1, 'ap-southeast-1'],
  ['user-ivo', 1, 'eu-west-1'],
  ['user-jun', 1, 'us-east-1'],
  ['user-kai', 1, 'us-east-1'],
  ['user-lea', 1, 'eu-west-1'],
] as const;
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-1'] as const;

/** Busier in European and American working hours; almost nothing at 03:00 UTC. */
const HOURLY = [2, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 9, 8, 9, 10, 10, 9, 8, 6, 5, 4, 3, 3, 2];
const HOURLY_TOTAL = HOURLY.reduce((a, b) => a + b, 0);

function featureValue(random: Random, featureId: string): string {
  switch (featureId) {
    case 'chat-large':
      return String(random.int(700, 10000));
    case 'chat-small':
      return String(random.int(400, 7000));
    case 'embeddings':
      return String(random.int(4000, 50000));
    default:
      return String(
        random.weighted([
          [1, 6],
          [2, 3],
          [4, 1],
        ] as const),
      );
  }
}

/**
 * One day of usage: weekday/weekend rhythm, growth over the 90 days (`progress` from 0 to 1),
 * hourly shape, heavy users. Returns the events bucketed by hour, in time order.
 */
export function usageForDay(random: Random, dayStart: number, progress: number, endAt: number): UsageEventInput[][] {
  const weekday = new Date(dayStart).getUTCDay();
  const weekend = weekday === 0 || weekday === 6 ? 0.35 : 1;
  const daily = Math.round(330 * (0.55 + 0.9 * progress) * weekend * random.jitter(0.3));
  const hours: UsageEventInput[][] = [];
  let serial = 0;
  for (let hour = 0; hour < 24; hour++) {
    const hourStart = dayStart + hour * HOUR;
    if (hourStart >= endAt) break;
    const count = Math.round((daily * HOURLY[hour]!) / HOURLY_TOTAL);
    const events: UsageEventInput[] = [];
    for (let i = 0; i < count; i++) {
      const at = hourStart + Math.floor(random.next() * Math.min(HOUR, endAt - hourStart));
      const [userId, region] = pickUser(random);
      const nightly = hour < 6 && random.next() < 0.5;
      const source = nightly
        ? 'batch-jobs'
        : random.weighted([
            ['api', 50],
            ['web-app', 30],
            ['slack-bot', 10],
            ['batch-jobs', 10],
          ] as const);
      const idBase = `seed-${new Date(dayStart).toISOString().slice(0, 10)}-${serial++}`;
      if (random.next() < 0.12) {
        events.push({
          customerId: DEMO_CUSTOMER_ID,
          resourceId: null,
          featureId: API_CALL_FEATURE,
          value: String(random.int(5, 120)),
          timestamp: new Date(at).toISOString(),
          idempotencyKey: idBase,
          dimensions: { user_id: userId, region, source, model: 'none' },
        });
        continue;
      }
      const feature = random.weighted(DEMO_FEATURES.map((f, index) => [f, [30, 40, 20, 10][index]!] as const));
      events.push({
        customerId: DEMO_CUSTOMER_ID,
        resourceId: random.weighted(POOLS),
        featureId: feature.id,
        value: featureValue(random, feature.id),
        timestamp: new Date(at).toISOString(),
        idempotencyKey: idBase,
        dimensions: { user_id: userId, model: feature.model, region, source },
      });
    }
    hours.push(events.sort((a, b) => a.timestamp!.localeCompare(b.timestamp!)));
  }
  return hours;
}

function pickUser(random: Random): readonly [string, string] {
  const [id, , home] = random.weighted(USERS.map((user) => [user, user[1]] as const));
  const region = random.next() < 0.9 ? home : REGIONS[random.int(0, REGIONS.length - 1)]!;
  return [id, region];
}
