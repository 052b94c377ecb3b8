import { CreditEngine, ManualClock, MemoryStore } from '@creditkit/core';

export const MOCK_CUSTOMER_ID = 'customer-demo-01';
export const MOCK_CURRENCY_ID = 'cred-type-ai-tokens';
/** The fixed instant mock engines start at, so stories and tests render the same every time. */
export const MOCK_NOW = '2026-11-15T12:00:00.000Z';

const system = { type: 'system', id: 'mock' } as const;

export type ScenarioName = 'healthy' | 'empty';

export interface MockEngine {
  engine: CreditEngine;
  clock: ManualClock;
}

/** A real engine on an in-memory store with a fixed clock, seeded with a named scenario. */
export async function createMockEngine(scenario: ScenarioName = 'healthy'): Promise<MockEngine> {
  const clock = new ManualClock(MOCK_NOW);
  let n = 0;
  const engine = await CreditEngine.open({ store: new MemoryStore(), clock, newId: (prefix) => `${prefix}_${++n}` });
  await engine.defineCurrency({
    id: MOCK_CURRENCY_ID,
    displayName: 'AI Tokens',
    unitSingular: 'token',
    unitPlural: 'tokens',
    symbol: '◆',
    precision: 3,
    enforcement: 'hard',
  });
  await engine.createCustomer({ id: MOCK_CUSTOMER_ID, name: 'Mock Customer' });
  if (scenario === 'healthy') {
    const pool = { customerId: MOCK_CUSTOMER_ID, currencyId: MOCK_CURRENCY_ID, resourceId: null };
    await engine.createGrant({
      ...pool,
      type: 'recurring',
      amount: '10000',
      reason: 'Pro plan monthly allowance',
      actor: system,
    });
    await engine.createGrant({
      ...pool,
      type: 'promotional',
      amount: '2450.5',
      reason: 'Welcome bonus',
      actor: system,
    });
  }
  return { engine, clock };
}
