export { createCreditsClient } from './client';
export type { CreditsClient, CreditsClientOptions, PoolParams, RequestOptions } from './client';
export { CreditsApiError, errorStatus } from './errors';
export * from './schemas';
