export { handlers, handlersByArea, mockCustomerPrincipal, toResponse } from './handlers';
export type { HandlerOptions } from './handlers';
export { createMockEngine, MOCK_CURRENCY_ID, MOCK_CUSTOMER_ID, MOCK_NOW } from './engine';
export type { MockEngine } from './engine';
export { MOCK_RESOURCES, scenarioNames, scenarios } from './scenarios';
export type { Scenario, ScenarioContext, ScenarioName } from './scenarios';
export { networkConditions, networkHandlers } from './network';
export type { NetworkCondition, NetworkOptions } from './network';
