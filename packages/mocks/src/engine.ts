import { CreditEngine, ManualClock, MemoryStore, type EngineRecord } from '@creditkit/core';
import { scenarios, type ScenarioName } from './scenarios';

export { CURRENCY_ID as MOCK_CURRENCY_ID, CUSTOMER_ID as MOCK_CUSTOMER_ID } from './scenarios/catalogue';
/** The fixed instant mock engines stand at, so stories and tests render the same every time. */
export const MOCK_NOW = '2026-11-15T12:00:00.000Z';

export interface MockEngine {
  engine: CreditEngine;
  /** The engine's clock: stands still at `MOCK_NOW` until a test sets or advances it. */
  clock: ManualClock;
  scenario: ScenarioName;
}

interface Seeded {
  records: readonly EngineRecord[];
  ids: number;
}

/**
 * Seeding runs the engine through weeks of usage, which takes a while for the heavy scenarios; a
 * scenario is seeded once per process and every later engine replays its records (fast).
 */
const seeded = new Map<ScenarioName, Promise<Seeded>>();

async function seed(scenario: ScenarioName): Promise<Seeded> {
  const store = new MemoryStore();
  const clock = new ManualClock(MOCK_NOW);
  let ids = 0;
  const engine = await CreditEngine.open({ store, clock, newId: (prefix) => `${prefix}_${++ids}` });
  await scenarios[scenario].seed({ engine, clock, now: MOCK_NOW });
  clock.set(MOCK_NOW);
  await engine.settled();
  return { records: [...store.records], ids };
}

/**
 * A real engine on an in-memory store with a fixed clock, seeded with a named scenario. Ids are
 * counters (`grant_1`, `grant_2`…), so two engines seeded alike answer byte for byte alike, and each
 * engine is its own: what one test or story changes, no other sees.
 */
export async function createMockEngine(scenario: ScenarioName = 'healthy'): Promise<MockEngine> {
  if (!Object.hasOwn(scenarios, scenario)) {
    throw new Error(`Unknown mock scenario "${String(scenario)}"; use one of: ${Object.keys(scenarios).join(', ')}.`);
  }
  let pending = seeded.get(scenario);
  if (!pending) seeded.set(scenario, (pending = seed(scenario)));
  const { records, ids } = await pending;
  const store = new MemoryStore();
  store.records.push(...records);
  const clock = new ManualClock(MOCK_NOW);
  let n = ids;
  const engine = await CreditEngine.open({ store, clock, newId: (prefix) => `${prefix}_${++n}` });
  return { engine, clock, scenario };
}
