import { setupServer } from 'msw/node';
import { createMockEngine } from './engine';
import { handlers, type HandlerOptions } from './handlers';
import type { ScenarioName } from './scenarios';

/**
 * An msw/node server answering the whole contract from a fresh engine seeded with `scenario`, for
 * a user's own tests: `server.listen()` before, `server.close()` after; move `clock` to test time.
 */
export async function setupCreditsServer(scenario: ScenarioName = 'healthy', options: HandlerOptions = {}) {
  const mock = await createMockEngine(scenario);
  return { ...mock, server: setupServer(...handlers(mock.engine, { clock: mock.clock, ...options })) };
}
