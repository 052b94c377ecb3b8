export { balanceHandlers, handlers } from './handlers';
export type { HandlerOptions } from './handlers';
export { createMockEngine, MOCK_CURRENCY_ID, MOCK_CUSTOMER_ID, MOCK_NOW } from './engine';
export type { MockEngine, ScenarioName } from './engine';
