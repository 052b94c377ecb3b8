export { buildOpenApiDocument } from './openapi';
export type { OpenApiOptions } from './openapi';
