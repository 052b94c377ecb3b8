export { createCreditsClient } from './client';
export type { CreditsClient, CreditsClientOptions, PoolParams, RequestOptions } from './client';
export { CreditsApiError, errorStatus } from './errors';
export { readMessages, subscribeEvents } from './sse';
export type { SubscribeEventsOptions } from './sse';
export * from './contract';
export type { ClientOperationId, InputIsOptional, OperationInput, OperationOutput } from './contract/types';
export * from './schemas';
