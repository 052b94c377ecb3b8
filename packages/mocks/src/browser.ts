import { setupWorker } from 'msw/browser';
import { createMockEngine } from './engine';
import type { ScenarioName } from './scenarios';
import { handlers, type HandlerOptions } from './handlers';

/** An MSW service worker answering the whole contract from a fresh engine seeded with `scenario`. */
export async function setupCreditsWorker(scenario: ScenarioName = 'healthy', options: HandlerOptions = {}) {
  const mock = await createMockEngine(scenario);
  return { ...mock, worker: setupWorker(...handlers(mock.engine, options)) };
}
