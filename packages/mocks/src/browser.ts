import { setupWorker } from 'msw/browser';
import { createMockEngine } from './engine';
import { handlers, type HandlerOptions } from './handlers';
import type { ScenarioName } from './scenarios';

/**
 * An MSW service worker answering the whole contract from a fresh engine seeded with `scenario`:
 * `await worker.start()` in a dev build or a browser test (serve `mockServiceWorker.js` first).
 */
export async function setupCreditsWorker(scenario: ScenarioName = 'healthy', options: HandlerOptions = {}) {
  const mock = await createMockEngine(scenario);
  return { ...mock, worker: setupWorker(...handlers(mock.engine, { clock: mock.clock, ...options })) };
}
