import { CreditEngine, ManualClock, MemoryStore } from '@creditkit/core';
import { scenarios, type ScenarioName } from './scenarios';

export { CURRENCY_ID as MOCK_CURRENCY_ID, CUSTOMER_ID as MOCK_CUSTOMER_ID } from './scenarios/catalogue';
/** The fixed instant mock engines start at, so stories and tests render the same every time. */
export const MOCK_NOW = '2026-11-15T12:00:00.000Z';

export interface MockEngine {
  engine: CreditEngine;
  /** The engine's clock: stands still at `MOCK_NOW` until a test sets or advances it. */
  clock: ManualClock;
  scenario: ScenarioName;
}

/**
 * A real engine on an in-memory store with a fixed clock, seeded with a named scenario. Ids are
 * counters (`grant_1`, `grant_2`…), so two engines seeded alike answer byte for byte alike.
 */
export async function createMockEngine(scenario: ScenarioName = 'healthy'): Promise<MockEngine> {
  const definition = scenarios[scenario];
  if (!definition) {
    throw new Error(`Unknown mock scenario "${String(scenario)}"; use one of: ${Object.keys(scenarios).join(', ')}.`);
  }
  const clock = new ManualClock(MOCK_NOW);
  let n = 0;
  const engine = await CreditEngine.open({ store: new MemoryStore(), clock, newId: (prefix) => `${prefix}_${++n}` });
  await definition.seed({ engine, clock });
  return { engine, clock, scenario };
}
