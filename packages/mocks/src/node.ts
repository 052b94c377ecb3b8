import { setupServer } from 'msw/node';
import { createMockEngine } from './engine';
import type { ScenarioName } from './scenarios';
import { handlers, type HandlerOptions } from './handlers';

/** An msw/node server answering the whole contract from a fresh engine seeded with `scenario`. */
export async function setupCreditsServer(scenario: ScenarioName = 'healthy', options: HandlerOptions = {}) {
  const mock = await createMockEngine(scenario);
  return { ...mock, server: setupServer(...handlers(mock.engine, options)) };
}
