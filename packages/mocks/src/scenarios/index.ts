import type { CreditEngine, ManualClock } from '@creditkit/core';
import { defineCatalogue, pool, subscription, system } from './catalogue';

export interface ScenarioContext {
  engine: CreditEngine;
  clock: ManualClock;
}

export interface Scenario {
  /** What a designer sees in the toolbar. */
  title: string;
  /** What state the widgets should be in, so a story can say what it shows. */
  description: string;
  seed(context: ScenarioContext): Promise<void>;
}

const DAY = 86_400_000;
/** An instant `days` from the clock's now (negative for the past). */
const inDays = (clock: ManualClock, days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();

/** The demo customer's plan allowance for the current period (November 2026). */
const monthlyAllowance = (amount: string) => ({
  ...pool(),
  type: 'recurring' as const,
  amount,
  priority: 10,
  effectiveAt: '2026-11-01T00:00:00.000Z',
  expiresAt: '2026-12-01T00:00:00.000Z',
  reason: 'Pro plan monthly allowance',
  actor: subscription,
});

export const MOCK_RESOURCES = [
  'workspace-example-com',
  'workspace-research',
  'workspace-marketing',
  'project-chatbot',
  'project-search',
  'project-summaries',
  'project-translation',
  'seat-ada',
  'seat-grace',
  'seat-linus',
  'api-key-production',
  'api-key-staging',
] as const;

export const scenarios = {
  healthy: {
    title: 'Healthy',
    description: 'A monthly allowance and a welcome bonus: plenty of credits, nothing expiring soon.',
    async seed({ engine }) {
      await defineCatalogue(engine);
      await engine.createGrant(monthlyAllowance('10000'));
      await engine.createGrant({
        ...pool(),
        type: 'promotional',
        amount: '2450.5',
        expiresAt: '2027-02-01T00:00:00.000Z',
        reason: 'Welcome bonus',
        actor: system,
      });
    },
  },
  'low-balance': {
    title: 'Low balance',
    description: 'Less than 5% of the period’s credits left: widgets warn and offer to add credits.',
    async seed({ engine }) {
      await defineCatalogue(engine);
      await engine.createGrant({ ...monthlyAllowance('312.25'), reason: 'Starter plan monthly allowance' });
    },
  },
  'expiring-soon': {
    title: 'Expiring soon',
    description: 'A promotional grant runs out in three days; the grants table flags it.',
    async seed({ engine, clock }) {
      await defineCatalogue(engine);
      await engine.createGrant(monthlyAllowance('10000'));
      await engine.createGrant({
        ...pool(),
        type: 'promotional',
        amount: '1500',
        priority: 5,
        expiresAt: inDays(clock, 3),
        reason: 'Black Friday bonus',
        actor: system,
      });
    },
  },
  'scheduled-grants': {
    title: 'Scheduled grants',
    description: 'Next month’s allowance and a promised bonus are scheduled but not yet spendable.',
    async seed({ engine, clock }) {
      await defineCatalogue(engine);
      await engine.createGrant(monthlyAllowance('10000'));
      await engine.createGrant({
        ...monthlyAllowance('10000'),
        effectiveAt: '2026-12-01T00:00:00.000Z',
        expiresAt: '2027-01-01T00:00:00.000Z',
      });
      await engine.createGrant({
        ...pool(),
        type: 'promotional',
        amount: '5000',
        effectiveAt: inDays(clock, 10),
        reason: 'Annual renewal thank-you',
        actor: system,
      });
    },
  },
  'many-resources': {
    title: 'Many resources',
    description: 'Twelve workspaces, projects, seats and API keys, each with its own pool.',
    async seed({ engine }) {
      await defineCatalogue(engine);
      await engine.createGrant(monthlyAllowance('10000'));
      for (const [index, resourceId] of MOCK_RESOURCES.entries()) {
        await engine.createGrant({
          ...pool(resourceId),
          type: 'paid',
          amount: String(500 * (index + 1)),
          reason: `Allocation for ${resourceId}`,
          actor: { type: 'admin', id: 'admin-ops' },
        });
      }
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
