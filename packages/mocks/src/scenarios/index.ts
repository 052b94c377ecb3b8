import type { CreditEngine, ManualClock } from '@creditkit/core';
import { admin, CURRENCY_ID, CUSTOMER_ID, defineCatalogue, pool } from './catalogue';
import { burnTo, inDays, provision } from './helpers';
import { simulateUsage } from './usage';

export interface ScenarioContext {
  engine: CreditEngine;
  /** Starts at `MOCK_NOW`; a scenario may set it back first to build history, and ends at `MOCK_NOW`. */
  clock: ManualClock;
  now: string;
}

export interface Scenario {
  /** What a designer sees in the toolbar. */
  title: string;
  /** What state the widgets should be in, so a story can say what it shows. */
  description: string;
  seed(context: ScenarioContext): Promise<void>;
}

export const MOCK_RESOURCES = [
  { id: 'workspace-example-com', name: 'example.com', type: 'workspace' },
  { id: 'workspace-research', name: 'Research', type: 'workspace' },
  { id: 'workspace-marketing', name: 'Marketing', type: 'workspace' },
  { id: 'project-chatbot', name: 'Support chatbot', type: 'project' },
  { id: 'project-search', name: 'Semantic search', type: 'project' },
  { id: 'project-summaries', name: 'Meeting summaries', type: 'project' },
  { id: 'project-translation', name: 'Translation', type: 'project' },
  { id: 'seat-ada', name: 'Ada Lovelace', type: 'seat' },
  { id: 'seat-grace', name: 'Grace Hopper', type: 'seat' },
  { id: 'seat-linus', name: 'Linus Torvalds', type: 'seat' },
  { id: 'api-key-production', name: 'Production API key', type: 'api_key' },
  { id: 'api-key-staging', name: 'Staging API key', type: 'api_key' },
] as const;

const NOVEMBER = '2026-11-01T00:00:00.000Z';

/** Auto-recharge as most paying customers set it: top up to 5,000 below 1,000, at most $200 a month. */
const autoRecharge = (engine: CreditEngine, enabled = true) =>
  engine.setAutoRechargePolicy({
    customerId: CUSTOMER_ID,
    currencyId: CURRENCY_ID,
    enabled,
    threshold: '1000',
    target: '5000',
    monthlySpendLimit: '200',
    actor: { type: 'customer', id: CUSTOMER_ID },
  });

/** A customer on the Pro plan since November 1st, with two weeks of everyday usage. */
async function proSinceNovember({ engine, clock, now }: ScenarioContext, options: { seed: number }) {
  clock.set(NOVEMBER);
  await provision(engine);
  await simulateUsage(engine, clock, { from: NOVEMBER, to: now, eventsPerDay: 40, seed: options.seed });
}

export const scenarios = {
  healthy: {
    title: 'Healthy',
    description: 'On the Pro plan with a welcome bonus and auto-recharge on; a month of steady usage.',
    async seed(context) {
      const { engine, clock, now } = context;
      clock.set('2026-10-16T09:00:00.000Z');
      await defineCatalogue(engine);
      await provision(engine);
      await engine.createGrant({
        ...pool(),
        type: 'promotional',
        amount: '6000',
        expiresAt: '2027-02-01T00:00:00.000Z',
        reason: 'Welcome bonus',
        actor: admin,
      });
      await autoRecharge(engine);
      // Scaled to land just above the figure below, so the last burn is a day's worth, not a spike.
      const from = clock.now().toISOString();
      await simulateUsage(engine, clock, { from, to: now, eventsPerDay: 40, scale: 1.2, seed: 1 });
      // The figure widget tests and docs quote.
      await burnTo(engine, '12450.5');
    },
  },
  'low-balance': {
    title: 'Low balance',
    description: 'Less than the low-balance threshold (1,000) left and auto-recharge off: widgets warn.',
    async seed(context) {
      await defineCatalogue(context.engine);
      await proSinceNovember(context, { seed: 2 });
      await burnTo(context.engine, '412.5');
    },
  },
  depleted: {
    title: 'Depleted (hard limit)',
    description: 'Every credit used; under the hard limit further usage is refused until credits are added.',
    async seed(context) {
      await defineCatalogue(context.engine, 'hard');
      await proSinceNovember(context, { seed: 3 });
      await burnTo(context.engine, '0');
    },
  },
  'soft-limit-overage': {
    title: 'Soft-limit overage',
    description: 'Under a soft limit usage went on past zero: the balance is negative (overage).',
    async seed(context) {
      await defineCatalogue(context.engine, 'soft');
      await proSinceNovember(context, { seed: 4 });
      await burnTo(context.engine, '-1250.75');
    },
  },
  'expiring-soon': {
    title: 'Expiring soon',
    description: 'A 1,500-credit promotional grant runs out in three days; the grants table flags it.',
    async seed(context) {
      const { engine, clock } = context;
      await defineCatalogue(engine);
      clock.set(NOVEMBER);
      await engine.createGrant({
        ...pool(),
        type: 'promotional',
        amount: '1500',
        priority: 200,
        expiresAt: inDays(context.now, 3),
        reason: 'Black Friday bonus',
        actor: admin,
      });
      await proSinceNovember(context, { seed: 5 });
    },
  },
  'scheduled-grants': {
    title: 'Scheduled grants',
    description: 'A promised bonus and the next contract tranche are scheduled, not yet spendable.',
    async seed(context) {
      const { engine, now } = context;
      await defineCatalogue(engine);
      await proSinceNovember(context, { seed: 6 });
      await engine.createGrant({
        ...pool(),
        type: 'promotional',
        amount: '5000',
        effectiveAt: inDays(now, 10),
        reason: 'Annual renewal thank-you',
        actor: admin,
      });
      await engine.createGrant({
        ...pool(),
        type: 'paid',
        amount: '20000',
        effectiveAt: '2026-12-01T00:00:00.000Z',
        expiresAt: '2027-12-01T00:00:00.000Z',
        reason: 'Enterprise contract, second tranche',
        actor: admin,
      });
    },
  },
  'many-resources': {
    title: 'Many resources',
    description: 'Twelve workspaces, projects, seats and API keys, each with its own pool and usage.',
    async seed(context) {
      const { engine, clock, now } = context;
      clock.set(NOVEMBER);
      await defineCatalogue(engine);
      await provision(engine);
      for (const [index, resource] of MOCK_RESOURCES.entries()) {
        await engine.createResource({ customerId: CUSTOMER_ID, ...resource });
        if (index < 3) await provision(engine, resource.id);
        else {
          await engine.createGrant({
            ...pool(resource.id),
            type: 'paid',
            amount: String(500 * (index + 1)),
            reason: `Allocation for ${resource.name}`,
            actor: admin,
          });
        }
      }
      await simulateUsage(engine, clock, {
        from: NOVEMBER,
        to: now,
        eventsPerDay: 60,
        scale: 0.5,
        seed: 7,
        resources: [[null, 4], ...MOCK_RESOURCES.map((resource) => [resource.id, 1] as const)],
      });
    },
  },
  'heavy-usage': {
    title: 'Heavy usage (90 days)',
    description: '~7,400 usage events over 90 days across features, models, users, regions and sources.',
    async seed(context) {
      const { engine, clock, now } = context;
      const from = inDays(now, -90);
      clock.set(from);
      await defineCatalogue(engine);
      await provision(engine);
      await autoRecharge(engine);
      await engine.createGrant({ ...pool(), type: 'paid', amount: '60000', reason: 'Annual contract', actor: admin });
      for (const [resourceId, amount] of [
        ['workspace-example-com', '40000'],
        ['project-chatbot', '20000'],
      ] as const) {
        await engine.createGrant({ ...pool(resourceId), type: 'paid', amount, reason: 'Team budget', actor: admin });
      }
      await simulateUsage(engine, clock, {
        from,
        to: now,
        // Fewer, larger events than a real pipeline sends (same totals and mix): seeding is per
        // event, and a browser story must seed in well under a second (~0.2 s in Chromium).
        eventsPerDay: 100,
        scale: 4.1,
        seed: 8,
        resources: [
          [null, 4],
          ['workspace-example-com', 2],
          ['project-chatbot', 1],
        ],
      });
    },
  },
  empty: {
    title: 'Empty (new customer)',
    description: 'A customer who has never had credits: every widget shows its empty state.',
    async seed({ engine }) {
      await defineCatalogue(engine);
    },
  },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof scenarios;
export const scenarioNames = Object.keys(scenarios) as ScenarioName[];
