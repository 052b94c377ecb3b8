import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { contractHandlers, fakeData, type FakeData } from './contract';

/**
 * An MSW node server for one test file, answering the contract from fresh fake data before each
 * test. Tests change `current.data` or add handlers with `server.use` to show other states.
 */
export function fakeContractServer() {
  const server = setupServer();
  const current: { data: FakeData } = { data: fakeData() };
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    current.data = fakeData();
    server.use(...contractHandlers(current.data));
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return { server, current };
}
